/// The built-in policy: Quorn Medical Centre's patient social media guidance, as YAML.
enum DefaultPolicy {
    /// The text `decorum policy init` writes out for a practice to edit.
    static let yaml = #"""
# Decorum policy: what Decorum does about comments on the practice's Facebook page.
# Based on Quorn Medical Centre's "Patient Social Media Guidance". Each rule below is one clause of
# the code of conduct, in the words patients read, with what Decorum does when it is broken.
#
# actions: allow (leave it), review (leave it for a person), hide (only the author and their friends
#          see it), delete (remove it and report the post)
# modes:   auto (act at once), approve (a moderator confirms first), observe (record only, do nothing)
# Reply placeholders: {practice_name} {practice_phone} {reviews_url} {complaints_url} {complaints}
#                     {clause} {clause_number} {rule_title}; write {{ for a literal brace.

version: quorn-2026.1

practice:
  name: Quorn Medical Centre
  page_names:
    - Quorn Medical Centre
    - Quorn Surgery
  reviews_url: https://www.nhs.uk/services/gp-surgery/quorn-medical-centre/C82034/ratings-and-reviews
  complaints:
    # Replace with the address of your own Complaints Procedure.
    url: https://quornmedical.nhs.uk/complaints
    text: >-
      Ask at reception for a copy of our Complaints Procedure, or write to the Practice Manager
      at the surgery.
  # The practice's own public contact details. They are never treated as anyone's personal data.
  # REPLACE THESE WITH YOUR OWN PRACTICE'S DETAILS.
  phones:
    - 01509 412232
  emails:
    - quorn.reception@nhs.net
  addresses:
    - Station Road, Quorn, Loughborough LE12 8BP
  websites:
    - quornmedical.nhs.uk
  # Who is told when a rule escalates. Put in names and e-mail addresses.
  contacts:
    practice_manager:
      name: Practice Manager
    safeguarding_lead:
      name: Safeguarding Lead
    information_governance_lead:
      name: Information Governance Lead

# Links to these domains are never treated as suspicious.
allowed_domains:
  - nhs.uk
  - nhs.net
  - gov.uk
  - quornmedical.nhs.uk

# The staff roster (name,role,aliases) lets Decorum notice staff being named. Either point to a CSV file:
# staff_file: staff.csv
# or list the team here:
# staff:
#   - name: Dr Sarah Whitfield
#     role: GP partner
#     aliases: [Dr Whitfield, Dr W]

rules:
  - id: "1"
    title: Portable devices in the surgery
    clause: >-
      The organisation requires all users of portable devices to use them in a courteous and considerate
      manner, respecting their fellow patients. Portable devices are not to be used during consultations,
      except when agreed with your clinician.
    judgeable: false
    note: "Cannot be judged from a post: it is about behaviour in the surgery."

  - id: "2"
    title: Other patients' information
    clause: >-
      Patients are not permitted to disclose any patient-identifiable information about other patients
      unless they have the express consent of that patient.
    categories: [third_party_pii]
    action: hide
    mode: auto
    replies:
      private: >-
        Hello, we have hidden your comment on the {practice_name} page because it includes details about
        another person. Please edit it to remove their name and any other details about them. We cannot
        discuss anyone's information on social media. Thank you for helping us protect everyone's privacy.
    escalate:
      - role: information_governance_lead
        urgency: normal

  - id: "3"
    title: Recording consultations
    clause: >-
      Whilst not encouraged, patients may record their consultation but this should be agreed with your
      clinician. This recording will solely be for your own purpose.
    categories: [consultation_recording]
    action: hide
    mode: approve
    replies:
      private: >-
        Hello, we have hidden your comment because it shares or mentions a recording of a consultation.
        Recordings are for your own use only and should not be posted online, so please remove it.
        If you would like to talk to us about anything, please call {practice_phone}.
    escalate:
      - role: practice_manager
        urgency: normal

  - id: "4"
    title: Abusive, fraudulent or unlawful posts
    clause: >-
      Patients must not post any material that is inaccurate, fraudulent, harassing, embarrassing, obscene,
      defamatory or unlawful. Any such posts on any of the practice's social media pages will be deleted
      and the post reported.
    categories: [abusive, fraud]
    action: delete
    mode: auto
    note: Deleted and the post reported, as the clause says.
    escalate:
      - role: practice_manager
        urgency: normal

  # Inaccurate health information falls under clause 4 too, but is hidden and confirmed by a moderator
  # rather than deleted at once: whether a health claim is wrong is a judgement, deleting cannot be undone,
  # and a patient repeating something they have read deserves a private word before a report. The post is
  # hidden straight away, so nobody else reads it while it waits.
  - id: misinformation
    clause_number: 4
    title: Inaccurate health information
    clause: >-
      Patients must not post any material that is inaccurate, fraudulent, harassing, embarrassing, obscene,
      defamatory or unlawful. Any such posts on any of the practice's social media pages will be deleted
      and the post reported.
    categories: [misinformation]
    action: hide
    mode: approve
    replies:
      private: >-
        Hello, we have hidden your comment because it contains health information that may not be
        accurate. For reliable advice please see www.nhs.uk, call NHS 111, or speak to a pharmacist.
    escalate:
      - role: practice_manager
        urgency: normal

  - id: "5"
    title: Photographs
    clause: >-
      Patients are not permitted to take photographs in any area where other patients are present, nor is it
      permitted to take photographs of staff.
    categories: [photography]
    action: hide
    mode: approve
    replies:
      private: >-
        Hello, we have hidden your comment because it includes or mentions a photograph taken where other
        patients or our staff can be seen. To protect everyone's privacy, please remove the photograph.
        Thank you for understanding.

  - id: "6"
    title: Identifying staff
    clause: >-
      Patients must not post comments on social media that identify any staff.
    categories: [staff_identification]
    action: hide
    mode: auto
    replies:
      private: >-
        Hello, we have hidden your comment because it names a member of our team, and we ask that staff are
        not identified on social media, whatever the comment. You are very welcome to edit out the staff
        member's name and post it again. Thank you.

  - id: "7"
    title: Reviews
    clause: >-
      Patients can leave an official review about the practice on the NHS website
      (<https://www.nhs.uk/services/gp-surgery/quorn-medical-centre/C82034/ratings-and-reviews>) as this
      will enable the Practice Manager to respond appropriately. Reviews left on unofficial sites will not be
      responded to.
    categories: [review]
    action: allow
    mode: auto
    replies:
      public: >-
        Thank you for taking the time to share your feedback. We are not able to discuss anyone's care on
        social media, but if you leave a review on the NHS website our Practice Manager can respond to it
        properly: {reviews_url}

  - id: "8"
    title: Defamatory comments about the team
    clause: >-
      Defamatory comments about our team are not to be shared on any social media platform. Legal advice may
      be sought, and the appropriate action taken against any patient who posts defamatory comments.
    categories: [defamation]
    action: hide
    mode: approve
    escalate:
      - role: practice_manager
        urgency: urgent
        note: Legal advice may be sought.

  - id: complaints
    title: Complaints on social media
    clause: >-
      We have a separate Complaints Procedure which patients are to use should they wish to make a
      complaint. We will only respond to complaints made to the organisation in accordance with practice
      policy. If a complaint is made on a social media platform, it will not be acknowledged, and you will
      be requested to delete it.
    categories: [complaint]
    action: allow
    mode: auto
    # Never a public reply: complaints on social media are not acknowledged in public.
    replies:
      private: >-
        Hello, thank you for getting in touch, and we are sorry you are unhappy. We cannot respond to
        complaints on social media, so please delete your post and contact us through our Complaints
        Procedure, where the right person can look into it properly: {complaints}
    escalate:
      - role: practice_manager
        urgency: normal

  - id: safeguarding
    title: Safeguarding
    clause: >-
      This practice has a duty to maintain patient confidentiality and to safeguard vulnerable patients.
      You can help us to achieve this by adhering to the code of conduct outlined in this guidance.
    categories: [safeguarding]
    action: review
    mode: auto
    replies:
      private: >-
        Hello, we saw your post and wanted to check that you are all right. If you or someone else is in
        danger, please call 999. For urgent help that is not an emergency, call NHS 111. Samaritans are there
        to listen, day or night, on 116 123. Take care.
    escalate:
      - role: safeguarding_lead
        urgency: urgent

  - id: confidentiality
    title: Patient confidentiality
    clause: >-
      This practice has a duty to maintain patient confidentiality and to safeguard vulnerable patients.
      You can help us to achieve this by adhering to the code of conduct outlined in this guidance.
    categories: [own_pii]
    action: hide
    mode: auto
    replies:
      private: >-
        Hello, we have hidden your comment because it included your personal details and our page is
        public. We did this to protect you: only you and your friends can still see it. If you need to
        contact us, please call {practice_phone}.

# How long Decorum keeps what people wrote (UK GDPR: no longer than needed). After this many days from when
# Decorum last saw an item, its text, author's name, attachments and the raw payloads Meta sent are purged;
# the decision (without the quoted words) and the audit log are kept. Items under legal hold are never purged.
retention:
  # Items left as they were (and the practice's own posts).
  allowed_text_days: 90
  # Items hidden, deleted, replied to, or closed by a moderator: long enough for a complaint or a claim.
  actioned_text_days: 400
"""#
}

extension Policy {
    /// Quorn Medical Centre's policy, built into Decorum; a starting point for any practice.
    public static let builtIn: Policy = {
        do {
            return try PolicyLoader.load(yaml: DefaultPolicy.yaml, file: "built-in policy")
        } catch {
            fatalError("The built-in policy does not load:\n\(error)")
        }
    }()

    /// The built-in policy's YAML text, with its comments, for a practice to copy and edit.
    public static var builtInYAML: String { DefaultPolicy.yaml }
}
