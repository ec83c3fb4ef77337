#!/usr/bin/env bash
# Installs suminuri: the binary (its dictionaries are compiled in), the man page and shell
# completions. Usage: bash .ci/install.sh [--prefix DIR]   (default /usr/local; ~/.local works
# without root). Run from a clone; it builds the release binary first.
set -euo pipefail
cd "$(dirname "$0")/.."
prefix=/usr/local
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="$2"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    *) echo "usage: bash .ci/install.sh [--prefix DIR]" >&2; exit 2 ;;
  esac
done
bash .ci/setup
swift build -c release --product suminuri >&2
binary=.build/release/suminuri
install -d "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
install -m 755 "$binary" "$prefix/bin/suminuri"
# The man page comes from the argument parser's own description of every option.
manual="$(mktemp -d)"
swift package --allow-writing-to-directory "$manual" generate-manual --output-directory "$manual" >&2
install -m 644 "$manual"/suminuri.1 "$prefix/share/man/man1/suminuri.1"
rm -rf "$manual"
"$binary" --generate-completion-script bash > "$prefix/share/bash-completion/completions/suminuri"
"$binary" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_suminuri"
"$binary" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/suminuri.fish"
echo "installed: $prefix/bin/suminuri, $prefix/share/man/man1/suminuri.1, completions for bash, zsh and fish" >&2
"$prefix/bin/suminuri" --version
