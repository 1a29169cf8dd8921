// Voice-intelligence settings (owners and admins): redaction and analysis settings, the
// company dictionary, moment definitions with their versions, and re-tagging past calls.
import { DictionaryEditor } from "../../components/admin/DictionaryEditor";
import { MomentApply } from "../../components/admin/MomentApply";
import { MomentsEditor } from "../../components/admin/MomentsEditor";
import { PiiSettings } from "../../components/admin/PiiSettings";
import { PolicyGuard } from "../../components/admin/PolicyGuard";
import { usePageTitle } from "../../components/usePageTitle";

export function IntelligenceSettingsPage() {
  return (
    <PolicyGuard>
      <Intelligence />
    </PolicyGuard>
  );
}

function Intelligence() {
  usePageTitle("Voice intelligence");
  return (
    <>
      <h1>Voice intelligence</h1>
      <PiiSettings />
      <DictionaryEditor />
      <MomentsEditor />
      <MomentApply />
    </>
  );
}
