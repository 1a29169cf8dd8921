import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { RouterProvider } from "@tanstack/react-router";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ApiError, whenSessionEnds } from "./api/client";
import { makeRouter } from "./router";
import "./styles.css";

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // An error answer (403, 404, 401) will not change on retry; a network blip might.
      retry: (count, e) => !(e instanceof ApiError) && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});
const router = makeRouter(queryClient);

// A session revoked elsewhere or expired: back to sign-in, then back here after it.
whenSessionEnds(() => {
  const here = router.state.location;
  if (here.pathname === "/sign-in") return;
  queryClient.clear();
  void router.navigate({ to: "/sign-in", search: { next: here.href } });
});

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>,
  );
}
