"""Import volunteers from spreadsheets: read, recognise columns, parse, validate, store."""
