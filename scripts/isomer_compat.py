"""Compares what the running site serves with what Jekyll publishes for one Isomer repository (scripts/isomer-compat.sh).

Prints the missing pages, one line each with the reason, to stderr, and one Markdown table row to stdout.
"""
import collections
import html
import json
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request


def has_front_matter(path):
    with open(path, encoding='utf-8', errors='replace') as source:
        first = source.readline().lstrip('\ufeff')
    return first.rstrip() == '---'


def expected_pages(repository, reference):
    """Jekyll's pages, by the rules of shared/isomer-sites/README.md: Markdown with front matter, not file or link."""
    pages = []
    for item in json.load(open(reference)):
        path = item['path']
        if not path.lower().endswith(('.md', '.markdown')) or os.path.basename(path).lower() == 'readme.md':
            continue
        if (item.get('layout') or '') in ('file', 'link'):
            continue
        if not has_front_matter(os.path.join(repository, path)):
            continue
        pages.append(item)
    # where two files share a URL Jekyll writes both and the last one stays: keep the one it lists last
    by_url = collections.OrderedDict()
    for item in pages:
        by_url[urllib.parse.unquote(item['url'])] = item
    return list(by_url.values())


def fetch(base, url):
    path = urllib.parse.quote(urllib.parse.unquote(url), safe="/&'()+,;=@!$~:*")
    request = urllib.request.Request(base + path, headers={'Accept-Encoding': 'identity'})
    opener = urllib.request.build_opener(NoRedirect)
    try:
        with opener.open(request, timeout=20) as response:
            return response.status, response.read().decode('utf-8', 'replace'), ''
    except urllib.error.HTTPError as error:
        return error.code, '', error.headers.get('Location', '')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def words(text):
    return re.sub(r'\s+', ' ', text or '').strip()


def shows_title(page, title):
    text = words(html.unescape(re.sub(r'<[^>]+>', ' ', page)))
    return words(title) in text


def shows_markup(page):
    """Whether a page shows Liquid or a kramdown attribute list as text, outside code."""
    text = re.sub(r'(?s)<(pre|code|script)\b.*?</\1>', ' ', page)
    text = html.unescape(re.sub(r'<[^>]+>', ' ', text))
    return any(marker in text for marker in ('{{', '{%', '{:'))


def resource_room(repository, reference):
    """The resource room's URL and the posts Jekyll publishes in it: _config.yml's resources_name, else the folder
    holding most posts."""
    config = open(os.path.join(repository, '_config.yml'), encoding='utf-8', errors='replace').read()
    named = re.search(r'(?m)^resources_name:\s*["\']?([^"\'\s#]+)', config)
    posts = collections.defaultdict(list)
    for item in json.load(open(reference)):
        if item.get('collection') == 'posts':
            posts[item['path'].split('/')[0]].append(item)
    room = named.group(1) if named else max(posts, key=lambda name: len(posts[name]), default='')
    return ('/' + room + '/' if room else ''), posts.get(room, [])


def listed_posts(base, room_url):
    """The cards a visitor finds in the room's list, following its pages: each post's link, once per card."""
    listed, url, seen = [], room_url, set()
    while url and url not in seen:
        seen.add(url)
        status, body, _ = fetch(base, url)
        if status != 200:
            break
        listed += [html.unescape(href) for href in re.findall(r'class="media-card-title"><a href="([^"]+)"', body)]
        following = re.search(r'<a href="([^"]+)" rel="next"', body)
        url = html.unescape(following.group(1)) if following else ''
    return listed


def kind_of(problem):
    kinds = [
        (r'is refused, its scheme', 'address refused'),
        (r'which the application answers itself', 'reserved path'),
        (r'^the permalink ', 'permalink refused'),
        (r'characters long, over the', 'text cut'),
        (r'^image .* resolves to nothing', 'missing image'),
        (r'^link .* resolves to nothing', 'broken link'),
        (r'points to #', 'missing anchor'),
        (r'has no alt text', 'image without alt text'),
        (r'uses http://', 'http:// address'),
        (r'is not a valid address', 'invalid address'),
        (r'Liquid', 'Liquid'),
        (r'layout', 'unknown layout'),
        (r'homepage section', 'homepage section'),
        (r'has the URL .* as .* does', 'two files, one URL'),
        (r'front matter has no .title', 'no title'),
        (r'iframe|embed', 'embed'),
        (r'style', 'style'),
    ]
    for pattern, kind in kinds:
        if re.search(pattern, problem):
            return kind
    return ' '.join(problem.split()[:4])


def main():
    repository, reference, log, base, ready_ms, rss = sys.argv[1:7]
    name = os.path.basename(os.path.normpath(repository))
    problems = collections.defaultdict(list)
    warnings = collections.Counter()
    errors = collections.Counter()
    refused = []
    for line in open(log, encoding='utf-8', errors='replace'):
        found = re.search(r'Content (warning|error): (.+?), line (\d+): (.*)$', line)
        if found:
            level, file, number, problem = found.groups()
            problems[file].append(f'{level} on line {number}: {problem}')
            (errors if level == 'error' else warnings)[kind_of(problem)] += 1
            if kind_of(problem) in ('address refused', 'reserved path', 'permalink refused'):
                refused.append(f'{file}, line {number}: {problem}')
    pages = expected_pages(repository, reference)
    served = 0
    missing = []
    markup = []
    for item in pages:
        status, body, location = fetch(base, item['url'])
        if status == 200 and shows_title(body, item.get('title') or ''):
            served += 1
            if shows_markup(body):
                markup.append(item['url'])
            continue
        reason = f'answers {status}' + (f' (to {location})' if location else '')
        if status == 200:
            reason = f'title "{item.get("title")}" not shown'
        known = problems.get(item['path'])
        if known:
            reason += '; ' + known[0]
        missing.append(f'{item["path"]} at {item["url"]}: {reason}')
    print(f'== {name}: {served} of {len(pages)} pages served, {len(markup)} showing {{{{, {{% or {{: as text',
          file=sys.stderr)
    for url in markup:
        print('  shows markup: ' + url, file=sys.stderr)
    for line in missing:
        print('  missing: ' + line, file=sys.stderr)
    room_url, room_posts = resource_room(repository, reference)
    listed = listed_posts(base, room_url) if room_url else []
    room = f'{len(listed):,} of {len(room_posts):,} ({room_url})' if room_url else 'no room'
    print(f'   resource room {room_url or "(none)"}: {len(listed)} posts listed, {len(room_posts)} published by Jekyll',
          file=sys.stderr)
    print(f'  {len(refused)} address(es) or permalink(s) refused by the URL and path policy', file=sys.stderr)
    for line in refused:
        print('  refused: ' + line, file=sys.stderr)
    kinds = ', '.join(f'{kind} {count}' for kind, count in warnings.most_common())
    if errors:
        kinds = 'errors: ' + ', '.join(f'{kind} {count}' for kind, count in errors.most_common()) + '; ' + kinds
    share = 100.0 * served / len(pages) if pages else 0
    print(f'| {name} | {len(pages)} | {served} ({share:.1f}%) | {len(missing)} | {len(markup)} | {room} '
          f'| {int(ready_ms) / 1000:.1f} s | {rss} MB | {kinds} |')


if __name__ == '__main__':
    main()
