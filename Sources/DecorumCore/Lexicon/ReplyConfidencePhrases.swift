/// Words in a reply the practice would post in public that tell everyone the person it answers is a
/// patient, or something of their care (GMC guidance on responding to criticism: a doctor must not
/// confirm that anyone is a patient, even when the patient has said so themselves). One `PhrasePattern` a line:
/// each space-separated part is one word position, so "you are" and "you're" need lines of their own.
enum ReplyConfidencePhrases {
    static let patientConfirmations = """
    your [recent|last|next|latest] appointment*|consultation*|prescription*|result*|record|records|notes|treatment*|referral*|diagnos*|medication*|medicine*|scan|scans|test|tests|operation|procedure|condition|illness|symptom*|visit|visits|care|registration|medical|health|smear|jab|injection|vaccin*|review|repeat
    you|you've|youve|youd|you'd [were|was|have|had|has|been] [been] [already|recently|now] seen|treated|examined|referred|registered|prescribed|diagnosed|vaccinated|discharged|booked
    you are [a] [registered] patient*
    you're|youre [a] [registered] patient*
    you are registered
    you're|youre registered
    when|after|since you came|attended|visited|saw|were
    you saw|see|spoke [to|with] dr|doctor|nurse|gp|pharmacist|clinician
    as|being your gp|doctor|nurse|practice|surgery|clinician
    your gp|doctor|nurse|clinician|consultant
    our|a|registered patient
    patient of ours
    we|i saw|treated|examined|prescribed|referred|discharged|vaccinated|booked you
    on|in|from your record|records|notes|file|history
    """
}
