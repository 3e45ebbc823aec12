/**
 * The name a hidden bookmark starts with at the start of a section the add-in made from the
 * document's table (a товчоо, a fulfilment summary): the writer puts it there, and the reader
 * leaves the section out, as a workbook's summary sheets are known by the add-in's mark.
 */
export const DERIVED_MARK = "_guitsetgel_summary";
