// "Test the configuration": the server fetches the issuer's discovery document and signing
// keys and says what they hold; nothing is saved. It tests the issuer as typed (or the
// stored one while the field is empty), so an owner can check before saving.
import { useMutation } from "@tanstack/react-query";
import { api, unwrap, type Schemas } from "../../api/client";
import { ErrorAlert } from "./ErrorAlert";
import { tokenAuthText } from "./ssoConfig";

export function SsoTest({ issuer }: { issuer: string }) {
  const test = useMutation({
    mutationFn: (typed: string) =>
      unwrap(api.POST("/api/v1/workspace/sso/test", { body: { issuer: typed || null } })),
  });
  return (
    <div className="sso-test">
      <div>
        <button
          type="button"
          className="secondary"
          disabled={test.isPending}
          onClick={() => test.mutate(issuer.trim())}
        >
          Test the configuration
        </button>
      </div>
      <p className="hint">
        Asks the provider for its discovery document and signing keys (nothing is saved). The
        client id and secret are first used when someone signs in.
      </p>
      {test.isPending && <p role="status">Asking the provider…</p>}
      <ErrorAlert error={test.error} />
      {test.data && <Found found={test.data} />}
    </div>
  );
}

function Found({ found }: { found: Schemas["SsoTestOut"] }) {
  const keys = found.keys === 1 ? "1 signing key" : `${found.keys} signing keys`;
  return (
    <>
      <p role="status">
        Provider found: {found.issuer} answered with its discovery document and {keys}.
      </p>
      <dl className="facts sso-facts" aria-label="What the provider offers">
        <dt>Sign-in page</dt>
        <dd>{found.authorization_endpoint}</dd>
        <dt>Token endpoint</dt>
        <dd>{found.token_endpoint}</dd>
        <dt>Client authentication</dt>
        <dd>{tokenAuthText(found.token_auth)}</dd>
        <dt>Signature algorithms</dt>
        <dd>{found.algorithms.join(", ")}</dd>
      </dl>
    </>
  );
}
