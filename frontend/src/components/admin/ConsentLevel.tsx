// One level's AI-use consent (company, a group or a user): each setting allowed or not, and
// whether it was set here or is the default. Changing one saves it at once (it is recorded
// in the history below); an error is shown with the server's message and the box goes back
// to what is saved.
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { api, errorText, unwrap, type Schemas } from "../../api/client";
import { when } from "../../format";

type Setting = Schemas["ConsentIn"]["setting"];
export type Level = "workspace" | "group" | "user";

export const SETTING_LABELS: Record<Setting, string> = {
  ai_training: "Use calls to improve AI (training)",
  manual_review: "Allow human review of redacted snippets",
};
const SETTINGS = Object.keys(SETTING_LABELS) as Setting[];

function get(level: Level, subjectId: string) {
  if (level === "workspace") return api.GET("/api/v1/consent/workspace");
  if (level === "group") {
    return api.GET("/api/v1/consent/groups/{group_id}", {
      params: { path: { group_id: subjectId } },
    });
  }
  return api.GET("/api/v1/consent/users/{user_id}", {
    params: { path: { user_id: subjectId } },
  });
}

function put(level: Level, subjectId: string, body: Schemas["ConsentIn"]) {
  if (level === "workspace") return api.PUT("/api/v1/consent/workspace", { body });
  if (level === "group") {
    return api.PUT("/api/v1/consent/groups/{group_id}", {
      params: { path: { group_id: subjectId } },
      body,
    });
  }
  return api.PUT("/api/v1/consent/users/{user_id}", {
    params: { path: { user_id: subjectId } },
    body,
  });
}

export function ConsentLevel(props: { level: Level; subjectId: string; who: string }) {
  const { level, subjectId, who } = props;
  const queryClient = useQueryClient();
  const state = useQuery({
    queryKey: ["consent", level, subjectId],
    queryFn: () => unwrap(get(level, subjectId)),
  });
  const change = useMutation({
    mutationFn: (body: Schemas["ConsentIn"]) => unwrap(put(level, subjectId, body)),
    onSuccess: (data) => queryClient.setQueryData(["consent", level, subjectId], data),
    // History, effective states and the report follow; this level's own answer is in.
    onSettled: () =>
      queryClient.invalidateQueries({
        queryKey: ["consent"],
        predicate: (q) => !(q.queryKey[1] === level && q.queryKey[2] === subjectId),
      }),
  });
  // While a change is on its way the box shows what was asked (it goes back on an error);
  // set in the click's own handler, so a controlled box never flips back in between.
  const [asked, setAsked] = useState<Schemas["ConsentIn"] | null>(null);
  const ask = (body: Schemas["ConsentIn"]) => {
    setAsked(body);
    change.mutate(body, { onSettled: () => setAsked(null) });
  };
  return (
    <fieldset className="checks">
      <legend>{who}</legend>
      {state.isError && (
        <p role="alert" className="error">
          {errorText(state.error)}
        </p>
      )}
      {state.data &&
        SETTINGS.map((setting) => {
          const s = state.data.settings[setting];
          return (
            <div key={setting} className="consent-row">
              <label className="inline">
                <input
                  type="checkbox"
                  checked={asked?.setting === setting ? asked.allowed : (s?.allowed ?? false)}
                  disabled={change.isPending}
                  onChange={(e) => ask({ setting, allowed: e.target.checked })}
                />
                {SETTING_LABELS[setting]}
              </label>
              <span className="hint">
                {s?.explicit
                  ? `set ${when(s.changed_at)}`
                  : level === "workspace"
                    ? "default (not allowed)"
                    : "not set here (allowed unless a wider level says no)"}
              </span>
            </div>
          );
        })}
      {change.isError && (
        <p role="alert" className="error">
          {errorText(change.error)}
        </p>
      )}
    </fieldset>
  );
}
