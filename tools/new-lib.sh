#!/usr/bin/env bash
# Scaffold a workspace package the way the Nx "ts" preset lays one out:
#   tools/new-lib.sh libs/NAME "one-line description" [dep@version ...]
set -euo pipefail
dir=$1; desc=$2; shift 2
name=$(basename "$dir")
mkdir -p "$dir/src"
deps=""
for d in "$@"; do
  pkg=${d%@*}; ver=${d##*@}
  [ "${d:0:1}" = "@" ] && [ "$pkg" = "" ] && { pkg=$d; ver="*"; }
  deps="$deps\"$pkg\": \"$ver\","
done
deps=${deps%,}
cat > "$dir/package.json" <<JSON
{
  "name": "@daos-nats/$name",
  "version": "0.1.0",
  "description": "$desc",
  "private": true,
  "type": "module",
  "main": "./dist/index.js",
  "types": "./dist/index.d.ts",
  "exports": {
    "./package.json": "./package.json",
    ".": {
      "@daos-nats/source": "./src/index.ts",
      "types": "./dist/index.d.ts",
      "import": "./dist/index.js",
      "default": "./dist/index.js"
    }
  },
  "dependencies": { $deps }
}
JSON
cat > "$dir/tsconfig.json" <<'JSON'
{
  "extends": "../../tsconfig.base.json",
  "files": [],
  "include": [],
  "references": [{ "path": "./tsconfig.lib.json" }, { "path": "./tsconfig.spec.json" }]
}
JSON
cat > "$dir/tsconfig.lib.json" <<'JSON'
{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": {
    "rootDir": "src",
    "outDir": "dist",
    "tsBuildInfoFile": "dist/tsconfig.lib.tsbuildinfo",
    "emitDeclarationOnly": false,
    "forceConsistentCasingInFileNames": true,
    "types": ["node"]
  },
  "include": ["src/**/*.ts"],
  "exclude": ["src/**/*.test.ts"],
  "references": []
}
JSON
cat > "$dir/tsconfig.spec.json" <<'JSON'
{
  "extends": "../../tsconfig.base.json",
  "compilerOptions": {
    "outDir": "./out-tsc/spec",
    "tsBuildInfoFile": "./out-tsc/spec/tsconfig.spec.tsbuildinfo",
    "forceConsistentCasingInFileNames": true,
    "types": ["node"]
  },
  "include": ["src/**/*.test.ts"],
  "references": [{ "path": "./tsconfig.lib.json" }]
}
JSON
[ -f "$dir/src/index.ts" ] || echo "export {};" > "$dir/src/index.ts"
echo "created $dir"
