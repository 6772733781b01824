"""Optional neural rewriting (local model or the municipality's own endpoint), fact-locked.

Nothing here runs unless a backend is configured in the settings
(`neural_backend`); see `backends.backend_from_settings`. Every model output
goes through `rewriter.verify.verify` before it becomes an 'AI-voorstel'.
"""
