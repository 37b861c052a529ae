/**
 * The one citation grammar, for knowledge entries and deadline rules alike: an Act or statutory instrument
 * by its short title and year, then a section, regulation, rule, paragraph or schedule with optional
 * subsections ("Education Act 1996 s.19(1)(a)", "SEND Regulations 2014 reg.5(4)(c)", "Tribunal Procedure
 * (First-tier Tribunal) (HESC) Rules 2008 r.20(1)"), or a paragraph of the SEND Code of Practice
 * ("SEND Code of Practice 9.14").
 */
export const CITATION_PATTERN =
  /^(?:SEND Code of Practice \d+\.\d+|[A-Z][A-Za-z0-9'’(),\- ]*? (?:Act|Regulations|Rules|Order) \d{4} (?:s|reg|r|para|sch)\.\s?\d+[A-Z]*(?:\(\d+[A-Za-z]?\))*(?:\([a-z]+\))*)$/;

export const CITATION_EXAMPLES = '"SEND Code of Practice 9.14", "Children and Families Act 2014 s.36(8)", "SEND Regulations 2014 reg.5(1)"';

export function isRecognisedCitation(citation: string): boolean {
  return CITATION_PATTERN.test(citation);
}
