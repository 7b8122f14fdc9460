#!/usr/bin/env bash
# Builds jixiao as one self-contained file and installs it with its man page and completions.
#
#   scripts/install.sh [--prefix DIR] [--scratch-path DIR]
#
# The binary links the Swift runtime statically (--static-swift-stdlib): it needs no Swift
# toolchain where it runs, only glibc and ncursesw (libncursesw6 on Debian/Ubuntu). Build once
# here, then copy PREFIX/bin/jixiao to the server. See docs/install.md.
#
# Installs (PREFIX defaults to /usr/local):
#   PREFIX/bin/jixiao                                      the binary, stripped
#   PREFIX/share/man/man1/jixiao.1                         man page, every subcommand (swift-argument-parser's generate-manual)
#   PREFIX/share/bash-completion/completions/jixiao        bash completion
#   PREFIX/share/zsh/site-functions/_jixiao                zsh completion
#   PREFIX/share/fish/vendor_completions.d/jixiao.fish     fish completion
#
# The release build lives in its own scratch folder (.build-install), so it never waits for the
# debug build's lock nor disturbs it; a second run reuses it.
set -euo pipefail

prefix=/usr/local
scratch=
while [ $# -gt 0 ]; do
  case "$1" in
    --prefix) prefix="${2:?--prefix needs a folder}"; shift 2 ;;
    --prefix=*) prefix="${1#--prefix=}"; shift ;;
    --scratch-path) scratch="${2:?--scratch-path needs a folder}"; shift 2 ;;
    -h|--help) sed -n '2,20p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install.sh: unknown argument: $1 (try --help)" >&2; exit 64 ;;
  esac
done

repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
scratch="${scratch:-$repo/.build-install}"
if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
  export PATH=/opt/swift/usr/bin:$PATH
fi

build=(swift build -c release --static-swift-stdlib --scratch-path "$scratch")
echo "building a release binary with the Swift runtime linked statically (a few minutes the first time)…"
"${build[@]}" --product jixiao
bin="$("${build[@]}" --show-bin-path)/jixiao"

mkdir -p "$prefix/bin" "$prefix/share/man/man1" "$prefix/share/bash-completion/completions" \
  "$prefix/share/zsh/site-functions" "$prefix/share/fish/vendor_completions.d"
tmp="$prefix/bin/.jixiao.new.$$"
cp "$bin" "$tmp"
strip "$tmp" 2>/dev/null || echo "install.sh: strip not found, installing unstripped" >&2
chmod 755 "$tmp"
mv -f "$tmp" "$prefix/bin/jixiao"   # replace in one step: a running jixiao keeps its old file
installed="$prefix/bin/jixiao"

"$installed" --generate-completion-script bash > "$prefix/share/bash-completion/completions/jixiao"
"$installed" --generate-completion-script zsh > "$prefix/share/zsh/site-functions/_jixiao"
"$installed" --generate-completion-script fish > "$prefix/share/fish/vendor_completions.d/jixiao.fish"

# The man page: swift-argument-parser's own generator (the tool behind its generate-manual
# plugin), built from the checkout this build already has (no network) as a package of its own
# — it is not a product of jixiao's package, so `swift build --product` cannot reach it — and
# run on the installed binary. (The plugin would build every product again in release.)
# The completions carry the help texts in the language of the shell that runs this script
# (Chinese unless JIXIAO_LANG=en); the man page is English.
parser="$scratch/checkouts/swift-argument-parser"
tool=(swift build --package-path "$parser" --scratch-path "$scratch/manual-tool" --product generate-manual)
if [ -d "$parser" ] && "${tool[@]}" >/dev/null 2>&1; then
  # In English: the generator keeps ASCII only, and jixiao's help is Chinese unless told.
  JIXIAO_LANG=en "$("${tool[@]}" --show-bin-path)/generate-manual" "$installed" --output-directory "$prefix/share/man/man1"
else
  echo "install.sh: generate-manual could not be built; no man page installed (jixiao --help has the same text)" >&2
fi

echo "installed $("$installed" --version) to $installed"
echo "copy that one file to a server: it needs only ncursesw there (libncursesw6)."
