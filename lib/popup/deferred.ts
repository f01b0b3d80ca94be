/**
 * What the popup loads after its first frame, as one chunk: the prebuilt search
 * index and the abstracts it searches (see `./abstracts.ts`).
 */
import abstracts from 'virtual:paperscope/abstracts';
import searchData from 'virtual:paperscope/search-data';
import type { SearchData } from '../search/index-data';

/** The popup's deferred data. */
export interface DeferredData {
  searchData: SearchData;
  /** Full abstracts, by corpus index. */
  abstracts: string[];
}

export const deferred: DeferredData = { searchData, abstracts };
