// The list pages' table: a caption, one header per column, one row per item. At phone width
// (styles in table.css) each row stacks into label/value lines, the labels taken from the
// column headers, so nothing is read without its heading.
import type { Key, ReactNode } from "react";
import "./table.css";

export type Column<T> = {
  /** The header, also each cell's label when rows stack at phone width. */
  header: string;
  cell: (row: T) => ReactNode;
  /** Screen readers only (e.g. "Actions" over a column of buttons): no visible header or label. */
  hideHeader?: boolean;
  /** This column's cell names its row (a row header: th scope="row"). */
  rowHeader?: boolean;
  className?: string;
};

export function DataTable<T>({
  caption,
  captionVisible = false,
  columns,
  rows,
  rowKey,
  rowClassName,
  className,
}: {
  caption: string;
  captionVisible?: boolean;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => Key;
  rowClassName?: (row: T) => string | undefined;
  className?: string;
}) {
  return (
    <table className={`list stacking ${className ?? ""}`.trim()}>
      <caption className={captionVisible ? undefined : "visually-hidden"}>{caption}</caption>
      <thead>
        <tr>
          {columns.map((c) => (
            <th scope="col" key={c.header}>
              {c.hideHeader ? <span className="visually-hidden">{c.header}</span> : c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={rowKey(row)} className={rowClassName?.(row)}>
            {columns.map((c) => {
              const Cell = c.rowHeader ? "th" : "td";
              return (
                <Cell
                  key={c.header}
                  scope={c.rowHeader ? "row" : undefined}
                  className={c.className}
                  data-label={c.hideHeader ? undefined : c.header}
                >
                  {c.cell(row)}
                </Cell>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
