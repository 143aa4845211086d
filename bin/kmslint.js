#!/usr/bin/env node
import { main } from '../lib/src/cli.js';

await main();
