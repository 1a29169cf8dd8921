"""HTTPS entry point: FastAPI app factory, thin routers, middleware, TLS server."""
