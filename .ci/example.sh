#!/usr/bin/env bash
# Builds Suminuri (release) and redacts an example inquiry, then lists its findings.
set -euo pipefail
cd "$(dirname "$0")/.."
bash .ci/setup
swift build -c release --product suminuri >&2
example='お世話になります。山田です。
携帯は０９０ー１２３４ー５６７８、メールは taro.yamada@example.jp です。
車は鹿児島 300 さ 12-34 のセレナです。自宅 〇九九の二二二の一二三四 でも構いません。'
echo "--- redacted:"
printf '%s\n' "$example" | .build/release/suminuri redact
echo "--- findings (values are never printed):"
printf '%s\n' "$example" | .build/release/suminuri scan || [ $? -eq 1 ]
