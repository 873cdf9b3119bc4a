/** Jest setup: every test file's engine reads its data files from assets/engine/ on first use. */
import path from 'node:path';
import { useEngineDataFromDisk } from '../../build/engine-data';

useEngineDataFromDisk(path.join(__dirname, '../../assets/engine'));
