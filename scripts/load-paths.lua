-- wrk script for scripts/load-test.sh: every request takes the next of the paths given after "--", in turn, and
-- each thread counts the responses that are not 2xx (wrk itself lets 3xx pass).
local paths = {}
local counter = 0
non2xx = 0 -- global, so done() can read it from each thread
local threads = {}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  for _, path in ipairs(args) do
    table.insert(paths, path)
  end
  wrk.headers["Accept"] = "text/html,application/xhtml+xml"
  wrk.headers["Accept-Encoding"] = "gzip"
end

function request()
  counter = counter + 1
  return wrk.format("GET", paths[(counter % #paths) + 1])
end

function response(status, headers, body)
  if status < 200 or status > 299 then
    non2xx = non2xx + 1
  end
end

function done(summary, latency, requests)
  local total = 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("non2xx")
  end
  io.write(string.format("non-2xx responses: %d\n", total))
end
