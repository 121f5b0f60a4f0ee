#!/bin/sh
# SPDX-License-Identifier: BSD-3-Clause
# Reformat (or with --check, verify) every C file of the tree with the
# tree's .clang-format.
cd "$(dirname "$0")/.." || exit 1
files=$(git ls-files '*.c' '*.h'; git ls-files -o --exclude-standard '*.c' '*.h')
if [ "$1" = "--check" ]; then
	clang-format --dry-run -Werror $files
else
	clang-format -i $files
fi
