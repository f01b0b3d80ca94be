// The few extension APIs the e2e tests call inside extension pages (via page.evaluate).
declare const chrome: {
  tabs: { query(query: { url?: string; active?: boolean }): Promise<{ id?: number; url?: string; pendingUrl?: string }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};
