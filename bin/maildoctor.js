#!/usr/bin/env node
// The bundled CLI (scripts/bundle.mjs): one file to load, the rarely used commands in lazy chunks.
import '../dist/cli/maildoctor.js'
