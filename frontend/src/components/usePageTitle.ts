import { useEffect } from "react";

/** The document title names the page (screen readers announce it on navigation). */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = `${title} · callvault`;
  }, [title]);
}
