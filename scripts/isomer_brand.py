"""Reports the brand colours an Isomer repository sets and those its pages are served with (scripts/isomer-compat.sh).

Reads _config.yml's colors:, finds the brand stylesheet the home page links (/assets/brand/<hash>.css), reads its
custom properties, and prints one Markdown table row: each colour as configured and, where the server darkened it
for WCAG AA contrast, as served. Needs python3-yaml.
"""
import os
import re
import sys
import urllib.request

import yaml


def configured(repository):
    with open(os.path.join(repository, '_config.yml'), encoding='utf-8') as config:
        colors = (yaml.safe_load(config) or {}).get('colors') or {}
    media = []
    for entry in colors.get('media-colors') or []:
        media.append(str(entry.get('color') if isinstance(entry, dict) else entry))
    return {'primary': str(colors.get('primary-color') or ''), 'secondary': str(colors.get('secondary-color') or ''),
            'media': media}


def served(base):
    page = urllib.request.urlopen(base + '/', timeout=60).read().decode('utf-8', 'replace')
    link = re.search(r'href="(/assets/brand/[0-9a-f]+\.css)"', page)
    if not link:
        return None, {}
    css = urllib.request.urlopen(base + link.group(1), timeout=60).read().decode('utf-8', 'replace')
    properties = dict(re.findall(r'--([a-z0-9-]+):(#[0-9a-f]{6})', css))
    return link.group(1), properties


def shown(wanted, got):
    if not wanted:
        return f'(default) {got}'
    return got if wanted.lower() == got else f'{wanted} → **{got}**'


def main():
    repository, base = sys.argv[1:3]
    name = os.path.basename(os.path.normpath(repository))
    wanted = configured(repository)
    try:
        path, properties = served(base)
    except OSError as error:
        print(f'| {name} | could not fetch the brand stylesheet: {error} | | | |')
        return
    if path is None:
        print(f'| {name} | no brand stylesheet linked | | | |')
        return
    media = [shown(wanted['media'][i] if i < len(wanted['media']) else '', properties.get(f'media-color-{i + 1}', '?'))
             for i in range(5)]
    darkened = sum('→' in cell for cell in [shown(wanted['primary'], properties.get('color-primary', '?')),
                                             shown(wanted['secondary'], properties.get('color-secondary', '?'))] + media)
    print(f'| {name} | {shown(wanted["primary"], properties.get("color-primary", "?"))} '
          f'| {shown(wanted["secondary"], properties.get("color-secondary", "?"))} | {", ".join(media)} '
          f'| {darkened} |')


if __name__ == '__main__':
    main()
