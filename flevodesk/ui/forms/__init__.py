"""One detail form per kind of record, built in code on :class:`RecordForm`."""
