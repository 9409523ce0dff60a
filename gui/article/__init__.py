"""The article view (``view``) and its parts: the text and its offsets, the span index, line
geometry, painting, and the Qt-free selection and relation-picking state."""
