"""The company dictionary: terms (products, competitors, jargon) and directory names that help
speech to text (`prompt`: hotwords and initial prompt) and fix its output (`correct`), stored
per workspace by `service`."""
