"""Text measurement per language: words, sentences, syllables, and the TextStats every formula reads."""
