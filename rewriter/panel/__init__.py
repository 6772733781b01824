"""Parent panel review: anonymised rounds, verdicts, and feedback into the glossary."""
