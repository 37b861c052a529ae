import { MemoryStorage, Storage } from 'botbuilder';
import type { Config } from './config';

/** Where conversation state lives. Memory by default: nothing is written to disk or sent anywhere. */
export function createStorage(config: Config): Storage {
  void config;
  return new MemoryStorage();
}
