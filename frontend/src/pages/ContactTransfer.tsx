// Contacts in and out: export links (the browser downloads with its session cookie) and an
// import of a CSV or vCard file, answered with the per-row report (created, merged, skipped,
// failed, and why each failed row failed).
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { api, errorText, unwrap } from "../api/client";
import { DataTable } from "../components/DataTable";
import { RegionField } from "../components/RegionField";
import { browserRegion, regionParam } from "../region";

function mediaType(file: File): "text/csv" | "text/vcard" {
  return /\.(vcf|vcard)$/i.test(file.name) || file.type === "text/vcard" ? "text/vcard" : "text/csv";
}

export function ContactTransfer() {
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [region, setRegion] = useState(browserRegion);
  const [shared, setShared] = useState(false);
  const upload = useMutation({
    mutationFn: (f: File) => {
      const country = regionParam(region);
      return unwrap(
        api.POST("/api/v1/contacts/import", {
          params: { query: { shared, ...(country ? { region: country } : {}) } },
          // The schema calls the raw body a binary string; the browser sends the File as is.
          body: f as unknown as string,
          bodySerializer: (b: unknown) => b as BodyInit,
          headers: { "content-type": mediaType(f) },
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["contacts"] }),
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    if (file) upload.mutate(file);
  }
  const report = upload.data;
  return (
    <details className="card">
      <summary>Import and export</summary>
      <p>
        Export: <a href="/api/v1/contacts/export?format=csv" download>CSV</a> ·{" "}
        <a href="/api/v1/contacts/export?format=vcard" download>
          vCard
        </a>
      </p>
      <form onSubmit={submit} aria-label="Import contacts">
        <label>
          Import contacts (CSV with a header row, or vCard)
          <input
            type="file"
            accept=".csv,.vcf,.vcard,text/csv,text/vcard"
            onChange={(e) => setFile(e.target.files?.[0] ?? null)}
          />
        </label>
        <RegionField region={region} setRegion={setRegion} />
        <label className="inline">
          <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
          Into the shared directory (admins; otherwise only you see them)
        </label>
        <button type="submit" disabled={!file || upload.isPending}>
          Import
        </button>
      </form>
      {upload.isError && (
        <p role="alert" className="error">
          {errorText(upload.error)}
        </p>
      )}
      {report && (
        <section aria-labelledby="import-report-h">
          <h3 id="import-report-h">Import report</h3>
          <p role="status">
            {report.created} created, {report.merged} merged, {report.skipped} skipped,{" "}
            {report.failed} failed.
          </p>
          {report.errors.length > 0 && (
            <DataTable
              caption="Rows not imported"
              captionVisible
              rows={report.errors}
              rowKey={(err) => `${err.row}-${err.field ?? ""}`}
              columns={[
                { header: "Row", cell: (err) => err.row },
                { header: "Line", cell: (err) => err.line },
                { header: "Field", cell: (err) => fieldName(err.field) },
                { header: "Why", cell: (err) => err.reason },
              ]}
            />
          )}
          {report.skipped_rows.length > 0 && (
            <DataTable
              caption="Rows skipped"
              captionVisible
              rows={report.skipped_rows}
              rowKey={(row) => `${row.row}`}
              columns={[
                { header: "Row", cell: (row) => row.row },
                { header: "Line", cell: (row) => row.line },
                { header: "Why", cell: (row) => row.reason },
              ]}
            />
          )}
        </section>
      )}
    </details>
  );
}

/** The API's field path as people say it: "phones[1]" is "phone 2". */
function fieldName(field: string | null | undefined): string {
  if (!field) return "";
  const item = /^(phones|emails)\[(\d+)\]$/.exec(field);
  if (!item) return field;
  return `${item[1] === "phones" ? "phone" : "email"} ${Number(item[2]) + 1}`;
}
