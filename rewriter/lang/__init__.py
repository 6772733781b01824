"""Language data layers (one package per language; only Dutch today)."""
