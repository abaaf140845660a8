"""Reading page files: bytes to clean text, or a clear refusal."""
