// Contacts: name search (the API's word-prefix search), a page at a time, create and edit in
// one form; a failed save keeps what was typed and shows the server's message.
import { useInfiniteQuery, useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate, useSearch } from "@tanstack/react-router";
import { useState, type FormEvent } from "react";
import { api, errorText, unwrap, type Schemas } from "../api/client";
import { usePageTitle } from "../components/usePageTitle";
import { DataTable } from "../components/DataTable";
import { ContactTransfer } from "./ContactTransfer";
import { browserRegion, regionParam } from "../region";
import { RegionField } from "../components/RegionField";

type Contact = Schemas["ContactOut"];

export function ContactsPage() {
  usePageTitle("Contacts");
  const { q } = useSearch({ from: "/app/contacts" });
  const navigate = useNavigate({ from: "/contacts" });
  const [query, setQuery] = useState(q ?? "");
  const [editing, setEditing] = useState<Contact | "new" | null>(null);
  const contacts = useInfiniteQuery({
    queryKey: ["contacts", q ?? ""],
    initialPageParam: undefined as string | undefined,
    queryFn: ({ pageParam }) =>
      unwrap(
        api.GET("/api/v1/contacts", {
          params: { query: { q: q || undefined, cursor: pageParam, limit: 50 } },
        }),
      ),
    getNextPageParam: (last) => last.next_cursor ?? undefined,
  });

  function search(e: FormEvent) {
    e.preventDefault();
    void navigate({ search: query.trim() ? { q: query.trim() } : {} });
  }

  const items = contacts.data?.pages.flatMap((p) => p.items) ?? [];
  return (
    <>
      <h1>Contacts</h1>
      <form role="search" onSubmit={search} className="filters">
        <label>
          Search by name
          <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
        </label>
        <button type="submit">Search</button>
        <button type="button" onClick={() => setEditing("new")}>
          New contact
        </button>
      </form>
      <ContactTransfer />
      {editing && (
        <ContactForm
          key={editing === "new" ? "new" : editing.id}
          contact={editing === "new" ? null : editing}
          onDone={() => setEditing(null)}
        />
      )}
      {contacts.isPending && <p role="status">Loading contacts…</p>}
      {contacts.isError && (
        <p role="alert" className="error">
          {errorText(contacts.error)}
        </p>
      )}
      {contacts.data && items.length === 0 && <p>No contacts{q ? " match" : " yet"}.</p>}
      {items.length > 0 && (
        <DataTable
          caption="Contacts"
          rows={items}
          rowKey={(c) => c.id}
          columns={[
            { header: "Name", className: "contact-name", cell: (c) => c.name },
            { header: "Company", cell: (c) => c.company ?? "" },
            { header: "Phones", cell: (c) => c.phones.join(", ") },
            { header: "Emails", cell: (c) => c.emails.join(", ") },
            { header: "Who sees it", cell: (c) => (c.shared ? "everyone (shared)" : "only you") },
            {
              header: "Actions",
              hideHeader: true,
              cell: (c) => (
                <button type="button" onClick={() => setEditing(c)} aria-label={`Edit ${c.name}`}>
                  Edit
                </button>
              ),
            },
          ]}
        />
      )}
      {contacts.hasNextPage && (
        <button type="button" onClick={() => void contacts.fetchNextPage()} disabled={contacts.isFetchingNextPage}>
          More contacts
        </button>
      )}
    </>
  );
}

function lines(text: string): string[] {
  return text
    .split(/[\n,]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function ContactForm({ contact, onDone }: { contact: Contact | null; onDone: () => void }) {
  const queryClient = useQueryClient();
  const [name, setName] = useState(contact?.name ?? "");
  const [company, setCompany] = useState(contact?.company ?? "");
  const [phones, setPhones] = useState(contact?.phones.join("\n") ?? "");
  const [emails, setEmails] = useState(contact?.emails.join("\n") ?? "");
  const [notes, setNotes] = useState(contact?.notes ?? "");
  const [shared, setShared] = useState(contact?.shared ?? false);
  const [region, setRegion] = useState(browserRegion);
  const save = useMutation({
    mutationFn: () => {
      const card = {
        name,
        company: company || null,
        phones: lines(phones),
        emails: lines(emails),
        notes: notes || null,
        region: regionParam(region),
      };
      // Whether a contact is shared is chosen when it is made; an update cannot change it.
      return contact
        ? unwrap(
            api.PATCH("/api/v1/contacts/{contact_id}", {
              params: { path: { contact_id: contact.id } },
              body: card,
            }),
          )
        : unwrap(api.POST("/api/v1/contacts", { body: { ...card, shared } }));
    },
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["contacts"] });
      onDone();
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    save.mutate();
  }
  const title = contact ? `Edit ${contact.name}` : "New contact";
  return (
    <form className="card" onSubmit={submit} aria-label={title}>
      <h2>{title}</h2>
      <label>
        Name
        <input required value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label>
        Company
        <input value={company} onChange={(e) => setCompany(e.target.value)} />
      </label>
      <label>
        Phone numbers (one a line)
        <textarea rows={2} value={phones} onChange={(e) => setPhones(e.target.value)} />
      </label>
      <RegionField region={region} setRegion={setRegion} />
      <label>
        Email addresses (one a line)
        <textarea rows={2} value={emails} onChange={(e) => setEmails(e.target.value)} />
      </label>
      <label>
        Notes
        <textarea rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />
      </label>
      {!contact && (
        <label className="inline">
          <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
          In the shared directory (admins; otherwise only you see it)
        </label>
      )}
      {save.isError && (
        <p role="alert" className="error">
          {errorText(save.error)}
        </p>
      )}
      <button type="submit" disabled={save.isPending}>
        Save contact
      </button>
      <button type="button" className="secondary" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
