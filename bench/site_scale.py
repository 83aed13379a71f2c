"""Changes pages of a running site and times how long each change takes to be served (bench/site-scale.sh).

  site_scale.py plan CONTENT CHANGES          prints the URLs no change deletes (what a load test may request)
  site_scale.py run CONTENT PORT CHANGES      edits, adds and deletes pages; prints the median and worst latencies

The same seed picks the same pages in both modes: CHANGES pages to edit, CHANGES others to delete.
"""
import collections
import os
import random
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def pages_of(content):
    """The Markdown pages with a permalink of their own, in a fixed random order.

    A page whose permalink or file name another file shares is left out (real repositories have such copies, say a
    post both in a resource room's folder and its _posts): deleting it leaves the other serving the same URL. Posts
    themselves (in _posts, their URLs made from their dates and titles) are not among them.
    """
    pages, permalinks, names = [], collections.Counter(), collections.Counter()
    for root, _, files in os.walk(content):
        for name in sorted(files):
            path = os.path.join(root, name)
            if not name.endswith('.md') or name.lower().startswith('readme'):
                continue
            text = open(path, encoding='utf-8', errors='replace').read()
            permalink = re.search(r'^permalink:\s*(\S.*?)\s*$', text, re.M)
            url = permalink.group(1).strip('"\'') if permalink else None
            permalinks[url] += 1
            names[name] += 1
            if '/_' not in path[len(content):] and text.startswith('---') and url and url.startswith('/'):
                pages.append((path, url, text))
    # nor the home page: without it '/' still leads to another page
    pages = [page for page in pages
             if page[1] != '/' and permalinks[page[1]] == 1 and names[os.path.basename(page[0])] == 1]
    pages.sort()
    random.Random(7).shuffle(pages)
    return pages


def fetch(base, path):
    url = base + urllib.parse.quote(path, safe="/&'()+,;=@!$~:*")
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode('utf-8', 'replace')
    except urllib.error.HTTPError as error:
        return error.code, ''


def wait(base, path, served, limit=60):
    """Milliseconds until served(status, body) holds, or None after the limit."""
    start = time.monotonic()
    while time.monotonic() - start < limit:
        status, body = fetch(base, path)
        if served(status, body):
            return (time.monotonic() - start) * 1000
        time.sleep(0.005)
    return None


def replace(path, text):
    """Writes a file whole, as editors' tools and git do: a reader never sees half of it."""
    temporary = path + '.tmp'
    with open(temporary, 'w', encoding='utf-8') as out:
        out.write(text)
    os.replace(temporary, path)


def summary(values):
    served = sorted(value for value in values if value is not None)
    missed = len(values) - len(served)
    if not served:
        return 'never served'
    return (f'median {served[len(served) // 2]:.0f} ms, worst {served[-1]:.0f} ms'
            + (f', {missed} not served in 60 s' if missed else ''))


def run(content, port, changes):
    base = f'http://127.0.0.1:{port}'
    pages = pages_of(content)
    results = {'edit': [], 'add': [], 'delete': []}
    for i in range(changes):
        path, url, text = pages[i]
        marker = f'Edited marker {i} {time.time()}'
        # right after the front matter, so it shows on the page whatever its layout
        replace(path, re.sub(r'\n---\s*\n', f'\n---\n\n{marker}\n\n', text, count=1))
        results['edit'].append(wait(base, url, lambda status, body: status == 200 and marker in body))
    for i in range(changes):
        url = f'/scale-added-{i}/'
        replace(os.path.join(content, f'scale-added-{i}.md'),
                f'---\ntitle: Added {i}\npermalink: {url}\n---\nAdded page {i}.\n')
        results['add'].append(wait(base, url, lambda status, body: status == 200 and f'Added page {i}.' in body))
    for i in range(changes):
        path, url, _ = pages[changes + i]
        os.remove(path)
        results['delete'].append(wait(base, url, lambda status, body: status in (404, 301)))
    for kind in ('edit', 'add', 'delete'):
        print(f'{kind}: {summary(results[kind])}')


def plan(content, changes):
    pages = pages_of(content)
    deleted = {url for _, url, _ in pages[changes:2 * changes]}
    # the pages edited (they stay 200) and up to 40 untouched ones
    kept = [url for _, url, _ in pages[:changes]] + [url for _, url, _ in pages[2 * changes:2 * changes + 40]]
    for url in kept:
        if url not in deleted:
            print(urllib.parse.quote(url, safe="/&'()+,;=@!$~:*"))


if __name__ == '__main__':
    if sys.argv[1] == 'plan':
        plan(sys.argv[2], int(sys.argv[3]))
    else:
        run(sys.argv[2], sys.argv[3], int(sys.argv[4]))
