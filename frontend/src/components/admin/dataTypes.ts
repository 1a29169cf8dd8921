// Names for the data types retention policies cover (the API names them by key; an unknown
// key is still shown, readably).
const TYPE_LABELS: Record<string, string> = {
  calls: "Calls",
  recordings: "Recordings",
  transcripts: "Transcripts",
  voicemail: "Voicemail",
  chat_messages: "Chat messages",
  chat_attachments: "Chat attachments",
  audit_log: "Audit log",
};

export function typeLabel(key: string): string {
  return TYPE_LABELS[key] ?? key.replace(/_/g, " ");
}
