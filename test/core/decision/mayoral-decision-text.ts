/**
 * A Mayoral Decision in the GLA's form (MD3190: a grant to MOPAC for the Violence Reduction Unit), with the parts a
 * test varies: the Mayor's approval date, the officers' sign-off dates, and whether the approval block is present
 * (the GLA's web pages show the decision without it).
 */
export function mayoralDecision(
  parts: {
    mayorDate?: string;
    resourcesDate?: string;
    chiefOfStaffDate?: string;
    approvalBlock?: boolean;
    decision?: string;
  } = {},
): string {
  const approvalBlock = [
    "Mayor of London",
    "",
    "I confirm that I do not have any disclosable pecuniary interests in the proposed decision, and take the decision in compliance with the Code of Conduct for elected Members of the Authority.",
    "",
    "The above request has my approval.",
    "",
    "Signature:",
    "",
    `Date: ${parts.mayorDate ?? "22 February 2024"}`,
    "",
  ];
  return [
    "GREATERLONDONAUTHORITY",
    "",
    "REQUEST FOR MAYORAL DECISION – MD3190",
    "",
    "Title: Additional funding to MOPAC for the Violence Reduction Unit – MyEnds and summer programmes 2024-26",
    "",
    "Executive summary:",
    "",
    "In the 2024/25 GLA budget the Mayor set aside £6.8m of GLA resources over two years to expand two VRU programmes. This decision approves the transfer of that funding to MOPAC as a grant under section 121 of the Greater London Authority Act 1999.",
    "",
    "Decision:",
    "",
    parts.decision ??
      "That the Mayor:\n\napproves expenditure of £6,800,000 by way of a grant to the Mayor's Office for Policing and Crime, £3,400,000 in 2024/25 and £3,400,000 in 2025/26, to fund the expansion of the Violence Reduction Unit's MyEnds and summer programmes.",
    "",
    ...(parts.approvalBlock === false ? [] : approvalBlock),
    "PART I – NON-CONFIDENTIAL FACTS AND ADVICE TO THE MAYOR",
    "",
    "1. Introduction and background",
    "",
    "1.1. The VRU was established by the Mayor in 2019 to lead a public health approach to reducing violence in London.",
    "",
    "2. Financial comments",
    "",
    "2.1. This decision approves a grant of £6.8m to MOPAC over two financial years, funded from the GLA's Resources budget.",
    "",
    "3. Legal comments",
    "",
    "3.1. Section 121 of the Greater London Authority Act 1999 enables the Mayor to pay grants to a functional body, including MOPAC.",
    "",
    "Public access to information",
    "",
    "Information in this form (Part 1) is subject to the Freedom of Information Act 2000 (FoIA) and will be made available on the GLA website within one working day of approval.",
    "",
    "Is there a part 2 form – NO",
    "",
    "ORIGINATING OFFICER DECLARATION:\tDrafting officer to confirm the following (✓)",
    "Drafting officer:",
    "Lauren Whitfield has drafted this report in accordance with GLA procedures and confirms the following:\t✓",
    "Sponsoring Director:",
    "Rebecca Lawrence, Chief Executive Officer, MOPAC has reviewed the request and is satisfied it is correct and consistent with the Mayor's plans and priorities.\t✓",
    "Mayoral Adviser:",
    "The Deputy Mayor for Policing and Crime has been consulted about the proposal and agrees the recommendations.\t✓",
    "Advice:",
    "The Finance and Legal teams have commented on this proposal.\t✓",
    "",
    "EXECUTIVE DIRECTOR, RESOURCES:",
    "",
    "I confirm that financial and legal implications have been appropriately considered in the preparation of this report.",
    "",
    "Signature:",
    "",
    `Date: ${parts.resourcesDate ?? "20/02/2024"}`,
    "",
    "CHIEF OF STAFF:",
    "",
    "I am satisfied that this is an appropriate request to be submitted to the Mayor.",
    "",
    "Signature:",
    "",
    `Date: ${parts.chiefOfStaffDate ?? "21/02/2024"}`,
    "",
  ].join("\n");
}
