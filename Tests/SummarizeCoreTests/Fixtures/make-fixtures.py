#!/usr/bin/env python3
"""Writes the fixtures that cannot be typed in an editor: legacy encodings, UTF-16 and alias bombs.

Run from this folder: python3 make-fixtures.py. The files are committed; rerun only to change them."""

TRADITIONAL = 'organization: 北海市海城區科學技術局\ndate: 2016-07-08\nachievements:\n  - title: 認真做好科技項目驗收及申報工作\n    text: 兩個項目均已通過驗收。\n'

# Accepted: what Windows editors write when told to save as Unicode.
open('valid/utf8-bom-crlf.yaml', 'wb').write(b'\xef\xbb\xbf' + TRADITIONAL.replace('\n', '\r\n').encode('utf-8'))
open('valid/utf16le-bom.yaml', 'wb').write(b'\xff\xfe' + TRADITIONAL.encode('utf-16-le'))
open('valid/utf16be-bom.yaml', 'wb').write(b'\xfe\xff' + TRADITIONAL.encode('utf-16-be'))
# Accepted too: "Unicode" saved without a byte-order mark, in either byte order.
open('valid/utf16le-no-bom.yaml', 'wb').write(TRADITIONAL.encode('utf-16-le'))
open('valid/utf16be-no-bom.yaml', 'wb').write(TRADITIONAL.encode('utf-16-be'))

# Refused with the encoding named: what Notepad writes as "ANSI" on Chinese Windows.
open('invalid/big5.yaml', 'wb').write(
    ('# 用記事本另存為 ANSI 的檔案\norganization: 北海市海城區科學技術局\n'
     'achievements:\n  - 認真做好科技項目驗收及申報工作\n').encode('big5'))
open('invalid/gbk.yaml', 'wb').write(
    ('# 用记事本另存为 ANSI 的文件\norganization: 北海市海城区科学技术局\n'
     'achievements:\n  - 认真做好科技项目验收及申报工作\n').encode('gbk'))

# "Billion laughs": nine levels of nine aliases each expand to 9^9 (387 million) strings.
lines = ['organization: 某區科學技術局', 'a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
lines += [f'a{i}: &a{i} [' + ','.join([f'*a{i - 1}'] * 9) + ']' for i in range(1, 10)]
lines.append('achievements: *a9')
open('invalid/alias-bomb.yaml', 'w').write('\n'.join(lines) + '\n')

# Aliases as mapping keys: finding duplicate keys hashes each key, which walks the aliased tree (2^29 nodes here).
lines = ['organization: 某區科學技術局', 'a0: &a0 {x: 1, y: 2}']
lines += [f'a{i}: &a{i} {{? *a{i - 1} : 1, ? [*a{i - 1}] : 2}}' for i in range(1, 30)]
lines.append('achievements:\n  - 認真做好科技項目驗收及申報工作')
open('invalid/alias-keys.yaml', 'w').write('\n'.join(lines) + '\n')

# Input slips that cannot be typed reliably in an editor: full-width and no-break spaces in the indentation.
open('invalid/fullwidth-indentation.yaml', 'w').write(
    'organization: 某區科學技術局\ndate: 2016-07-08\nachievements:\n'
    '\u3000\u3000- title: 舉辦農民實用技術培訓班\n'
    '  - title: 開展科普宣傳\n  \u00a0 text: 發放資料1200份。\n')

