"""The operator's web console: server-rendered pages over the same services as the CLI.

``app.create_app`` builds the Starlette application; ``server.serve`` runs it with uvicorn.
The web layer never decides a station rule: it parses a form, calls one service function
and shows the result; domain errors become form messages in ``core.page`` only.
"""
