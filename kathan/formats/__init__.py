"""Exchange formats: a registry of readers and writers (``registry``), one module a format.

``registry.read_paths(paths, format="auto", schema=..., progress=...)`` reads files and folders
all or nothing; ``registry.write(format, docs, out, schema, progress=...)`` exports and returns
an ``ExportReport`` of what the format could not hold.
"""
