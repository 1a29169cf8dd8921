// A button that shows and hides a list of links (the WAI disclosure-navigation pattern, not an
// ARIA menu: links stay links, Tab moves through them). Escape closes it and gives focus back
// to the button; it closes when focus leaves it and after a navigation.
import { useRouterState } from "@tanstack/react-router";
import { useEffect, useId, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from "react";

export function NavDisclosure({
  label,
  badge,
  current,
  className,
  children,
}: {
  label: string;
  /** Shown after the label (a count badge). */
  badge?: ReactNode;
  /** The page shown is one of this section's: the button is marked as holding it. */
  current?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const wrapper = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const pathname = useRouterState({ select: (s) => s.location.pathname });
  useEffect(() => setOpen(false), [pathname]);

  function onKeyDown(e: KeyboardEvent) {
    if (e.key === "Escape" && open) {
      e.stopPropagation();
      setOpen(false);
      button.current?.focus();
    }
  }
  function onBlur(e: FocusEvent) {
    const next = e.relatedTarget;
    if (!(next instanceof Node) || !wrapper.current?.contains(next)) setOpen(false);
  }

  return (
    <div className={`nav-disclosure ${className ?? ""}`} ref={wrapper} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        type="button"
        ref={button}
        aria-expanded={open}
        aria-controls={panelId}
        className={current ? "current" : undefined}
        onClick={() => setOpen((o) => !o)}
      >
        {label}
        {badge}
        <span aria-hidden="true" className="caret">
          ▾
        </span>
      </button>
      <div id={panelId} className="nav-panel" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
