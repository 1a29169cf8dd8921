"""The HOLDOUT-TEST half: six scripted two-party phone calls in trades the first set did not
cover, written from a brief by a helper that never read the product's voice-intelligence code
(see README.md, "Holdout set"). Frozen as of the commit that added it. HELD OUT: do not read
this file while tuning, and do not tune on its figures.

Markup (read by script.py): `A:` the agent (a workspace user), `C:` the customer (a contact);
`[type:words]` a PII item said as written; `<kind:words>` a number that must survive
redaction; a trailing `{pos}`, `{neu}` or `{neg}` labels a customer utterance's sentiment
(every customer line is labelled). Every call happens on Monday 16 November 2026; due dates
are resolved against that day."""

# ruff: noqa: E501 (script lines are long by nature)
from __future__ import annotations

from script import Action, CallScript

CALLS: list[CallScript] = [
    CallScript(
        id="ht01-tax",
        trade="tax preparation",
        company="Ledgerline Tax Services",
        agent="Martin Novak",
        customer="Yvonne Castillo",
        agent_voice="hibari:11",
        customer_voice="festival:kal_diphone",
        noise_db=17.0,
        reason="A new client, freelancing since last year, wants her tax return prepared and her refund deposited.",
        outcome="She was set up as a client, her deposit details taken and a meeting booked for December third.",
        actions=[
            Action(
                "upload the ten ninety-nine forms to the portal",
                "Yvonne Castillo",
                "2026-11-20",
                "by Friday",
                ("upload", "forms", "portal"),
            ),
            Action(
                "email the client a document checklist",
                "Martin Novak",
                "2026-11-16",
                "today",
                ("checklist",),
            ),
            Action(
                "email the portal link",
                "Martin Novak",
                None,
                None,
                ("portal link", "link"),
            ),
            Action(
                "review the client's forms before the meeting",
                "Dana Whitaker",
                "2026-12-01",
                "by December first",
                ("review", "forms"),
            ),
            Action(
                "bring a photo ID and last year's return to the meeting",
                "Yvonne Castillo",
                "2026-12-03",
                "December third",
                ("photo id", "return", "bring"),
            ),
        ],
        script="""
A: Ledgerline Tax Services, [person_name:Martin] speaking.
C: Hi, I'd like you to do my taxes this year. {neu}
A: Happy to help. Filed with us before?
C: No, first time. My old preparer retired. {neu}
A: Okay. Your full name?
C: [person_name:Yvonne Castillo]. [person_name:C A S T I L L O]. {neu}
A: Your Social Security number?
C: [ssn:Six oh four, two eight, one nine five three]. {neu}
A: Let me read it back. [ssn:Six zero four, two eight, one nine five three].
C: Yes, correct. {neu}
A: And your date of birth?
C: [date_of_birth:December second, nineteen sixty-nine]. {neu}
A: Current address?
C: [address:Three fifteen Juniper Street, apartment nine], [zip:seven eight seven oh four]. {neu}
A: Did anything change last year?
C: I started freelancing, so it's a bit of a mess, honestly. {neg}
A: That's very common.
C: I hope so. I'm dreading it, to be honest. {neg}
A: Do you have your ten ninety-nine forms?
C: Some of them. One client still hasn't sent theirs. {neu}
A: Upload them to our portal by Friday.
C: By Friday, okay. {neu}
A: I'll email you the portal link. Your email?
C: [email:yvonne c sixty nine at gmail dot com]. {neu}
A: Sorry, gmail or hotmail?
C: Gmail. {neu}
A: And the best phone number?
C: [phone:Five one two, five five five, oh one seven three]. {neu}
A: We estimate a refund of about <amount:eleven hundred dollars>.
C: Oh, that's better than I expected! {pos}
A: It's only an estimate. Direct deposit?
C: Yes, please. Routing is [routing_number:one one four, nine two four, seven four two]. {neu}
A: And the account?
C: [bank_account:Oh oh three, eight one six, two two nine, four]. {neu}
A: Your file reference is <reference:Y C, two oh two six, four one>.
C: Y C, two oh two six, four one. {neu}
A: I've booked you with [person_name:Dana Whitaker] on <date:December third> at <time:ten thirty>.
C: Perfect, that works. {pos}
A: She'll review your forms by December first. Bring photo ID and last year's return.
C: Okay. I think I have a copy somewhere. {neu}
A: The fee is <amount:two hundred and forty dollars>.
C: Hmm, that's more than I paid before. {neg}
A: That includes the freelance schedule.
C: I see. Well, fair enough. {neu}
A: I'll also email you a checklist today.
C: Thanks, that would really help. {pos}
A: Anything else, Ms. [person_name:Castillo]?
C: No. Sorry, I'm a bit scattered today. {neu}
A: Not at all.
C: Thanks, [person_name:Martin], this feels much less scary now. {pos}
""",
    ),
    CallScript(
        id="ht02-vet",
        trade="veterinary clinic",
        company="Willow Creek Animal Hospital",
        agent="Sophie Martel",
        customer="Dennis Fairbanks",
        agent_voice="espeak:en-us+f3:140:60",
        customer_voice="hibari:13:-120",
        noise_db=18.0,
        reason="The customer's beagle has been vomiting since last night, maybe after eating chocolate.",
        outcome="The dog was booked for eleven fifteen today with a deposit paid, and a rabies booster added.",
        actions=[
            Action(
                "bring the chocolate wrapper to the visit",
                "Dennis Fairbanks",
                "2026-11-16",
                "today",
                ("wrapper", "bring"),
            ),
            Action(
                "examine the dog for chocolate poisoning",
                "Amir Haddad",
                "2026-11-16",
                "today",
                ("examine", "see", "chocolate"),
            ),
            Action(
                "add the rabies booster to today's visit",
                "Sophie Martel",
                "2026-11-16",
                "today",
                ("rabies", "booster"),
            ),
            Action(
                "send a reminder text about the follow-up",
                "Sophie Martel",
                "2026-11-17",
                "tomorrow",
                ("reminder", "text"),
            ),
            Action(
                "call the clinic if the dog gets worse",
                "Dennis Fairbanks",
                None,
                None,
                ("worse", "call"),
            ),
        ],
        script="""
A: Willow Creek Animal Hospital, this is [person_name:Sophie].
C: Hi, my dog's been throwing up since last night and I'm really worried. {neg}
A: Oh, poor thing. What's her name?
C: Biscuit. She's a beagle. {neu}
A: And your name?
C: [person_name:Dennis Fairbanks]. {neu}
A: Could you spell the last name?
C: [person_name:F A I R B A N K S]. {neu}
A: Thanks, Mr. [person_name:Fairbanks]. Is she drinking water?
C: A little. She won't touch her food, though. {neu}
A: Has she eaten anything unusual?
C: Maybe. My son left a chocolate bar on the couch. {neu}
A: Chocolate can be serious for dogs. How much?
C: Half a bar, maybe. I'm kicking myself, honestly. {neg}
A: It happens. I'd like to see her today. We have <time:eleven fifteen> or <time:one forty>.
C: Eleven fifteen, please. The sooner the better. {neu}
A: Booked. Is your phone still [phone:four one five, five five five, oh one two eight]?
C: Yes, that's still me. {neu}
A: And your address, for the file?
C: [address:Twenty-six Orchard Way], Sausalito, [zip:nine four nine six five]. {neu}
A: We ask for a deposit of <amount:one hundred and fifty dollars> for same-day visits.
C: A deposit? Nobody mentioned that last time. {neg}
A: I'm sorry, it's a new policy.
C: Okay, whatever gets her seen. {neu}
A: Go ahead with the card number.
C: [card_number:Four nine one six, three eight double two, oh one five seven, four four six oh]. {neu}
A: Expiry?
C: [card_expiry:Nine slash twenty-eight]. {neu}
A: And the code on the back?
C: [card_security_code:Six oh nine]. {neu}
A: Sorry, was that [card_security_code:six oh nine]?
C: Yes. {neu}
A: Thank you. Where should we email the receipt?
C: [email:d fairbanks at comcast dot net]. {neu}
A: Got it. Please bring the chocolate wrapper if you still have it.
C: Good idea, I'll dig it out of the trash. {neu}
A: Dr. [person_name:Amir Haddad] will examine her today.
C: Poor girl. She hates the vet already. {neg}
A: She'll be in good hands. If she gets worse before then, call us.
C: Will do. Thank you for fitting her in so quickly. {pos}
A: Also, her rabies booster is due.
C: Oh, I didn't know. Can you do it today as well? {neu}
A: Yes, that's <amount:thirty-eight dollars> extra.
C: Fine, let's do both. {neu}
A: We'll also send a reminder text tomorrow about the follow-up.
C: Perfect. {pos}
A: Anything else, Mr. [person_name:Fairbanks]?
C: No. Honestly, you've calmed me down a lot. {pos}
A: See you and Biscuit at <time:eleven fifteen>.
C: Thanks, [person_name:Sophie]. See you soon. {pos}
""",
    ),
    CallScript(
        id="ht03-hotel",
        trade="hotel booking",
        company="Harbor Lights Hotel",
        agent="Ingrid Solberg",
        customer="Kenji Watanabe",
        agent_voice="festival:cmu_us_slt_arctic_hts",
        customer_voice="espeak:en-us:138:40",
        noise_db=16.0,
        reason="The guest books three nights for a conference and asks about a deposit never refunded from June.",
        outcome="A king room was booked at the conference rate and the June deposit refund sent to his Dutch account.",
        actions=[
            Action(
                "process the refund of the June deposit",
                "Paul Hendricks",
                "2026-11-16",
                "today",
                ("refund", "process"),
            ),
            Action(
                "email the refund confirmation to the guest",
                "Ingrid Solberg",
                "2026-11-17",
                "by tomorrow",
                ("confirmation", "email"),
            ),
            Action(
                "add a quiet-room note to the booking",
                "Ingrid Solberg",
                None,
                None,
                ("quiet", "note"),
            ),
            Action(
                "show the same card at check-in",
                "Kenji Watanabe",
                None,
                None,
                ("card", "check-in", "check in"),
            ),
        ],
        script="""
A: Harbor Lights Hotel, [person_name:Ingrid] speaking.
C: Hello. I'd like to book a room for a conference next month. {neu}
A: Lovely. What dates?
C: Checking in <date:December fourth>, for <quantity:three> nights. {neu}
A: We have a king room with a harbor view.
C: Oh, that sounds nice. How much is it? {pos}
A: <amount:Two hundred nineteen dollars> a night, with breakfast.
C: Hmm. The conference rate was supposed to be lower. {neg}
A: Do you have the conference code?
C: Yes, sorry. It's in an email, hold on. {neu}
A: Sure.
C: Okay. It's M E D, twenty-six. {neu}
A: With the code, <amount:one hundred eighty-nine dollars> a night.
C: Much better, thank you. {pos}
A: Your name?
C: [person_name:Kenji Watanabe]. [person_name:W A T A N A B E]. {neu}
A: Thank you, Mr. [person_name:Watanabe]. Will you arrive late?
C: Probably. My train gets in around <time:ten> at night. {neu}
A: Fine. I'll need a card to guarantee the room.
C: Sure. [card_number:Four five five six, oh seven three one, two nine nine four, oh one oh eight]. {neu}
A: And the expiry date?
C: [card_expiry:Oh three slash thirty]. {neu}
A: And the security code?
C: [card_security_code:Five five one]. {neu}
A: An email?
C: [email:kenji dot watanabe at ziggo dot nl]. {neu}
A: Is that a Dutch address?
C: Yes, I live in Utrecht. {neu}
A: A phone number, with country code?
C: [phone:Oh oh three one, six four eight two, one five five oh nine]. {neu}
A: Your confirmation number is <reference:H L, four seven seven, oh three two>.
C: Could you repeat that? {neu}
A: H L, four seven seven, oh three two.
C: Got it, thank you. {neu}
A: Also, a deposit from a cancelled June stay is still open.
C: Yes! I've been waiting months for that refund. It's really frustrating. {neg}
A: I'm sorry. I can refund it to a bank account today.
C: Please. Can you use my Dutch account? {neu}
A: Yes, the IBAN, please.
C: [iban:N L nine one, A B N A, oh four one seven, one six four three, oh oh]. {neu}
A: Let me read it back. [iban:N L nine one, A B N A, zero four one seven, one six four three, zero zero].
C: Yes, that's it. {neu}
A: [person_name:Paul Hendricks] in accounts will process it today.
C: Okay. I'll believe it when I see it, to be honest. {neg}
A: I'll email you the confirmation by tomorrow.
C: Thank you. I do appreciate you sorting it out. {pos}
A: Please show the same card at check-in.
C: Of course. Could I get a quiet room, away from the elevator? {neu}
A: I'll add that note to the booking.
C: Wonderful. {pos}
A: See you in December.
C: Thank you, [person_name:Ingrid]. Goodbye. {pos}
""",
    ),
    CallScript(
        id="ht04-admissions",
        trade="university admissions",
        company="Eastbrook University",
        agent="Daniel Okafor",
        customer="Nicole Fontaine",
        agent_voice="hibari:15:150",
        customer_voice="espeak:en-us+klatt:135:50",
        noise_db=15.0,
        reason="An applicant was told her application is incomplete and asks about financial aid and the fee.",
        outcome="A missing recommendation letter was found to be the gap; a case was opened and the fee will be paid from her father's account.",
        actions=[
            Action(
                "ask the teacher to upload the recommendation letter again",
                "Nicole Fontaine",
                "2026-11-17",
                "tomorrow",
                ("recommendation", "letter", "teacher"),
            ),
            Action(
                "email the father a payment link for the application fee",
                "Daniel Okafor",
                None,
                None,
                ("payment link", "fee"),
            ),
            Action(
                "call the applicant about financial aid",
                "Laura Kim",
                "2026-11-23",
                "within five business days",
                ("financial aid", "call"),
            ),
            Action(
                "email the campus tour sign-up link",
                "Daniel Okafor",
                "2026-11-16",
                "today",
                ("tour", "sign-up", "sign up"),
            ),
        ],
        script="""
A: Eastbrook University admissions, [person_name:Daniel] speaking.
C: Hi! I applied for the fall, and I got an email saying my application is incomplete. {neu}
A: Let's take a look. Your applicant ID?
C: Um, where do I find that? {neu}
A: At the top of our email.
C: Oh, right. [member_id:E U, two six, oh four eight eight one]. {neu}
A: And your name?
C: [person_name:Nicole Fontaine]. [person_name:F O N T A I N E]. {neu}
A: Date of birth?
C: [date_of_birth:Oh seven, twelve, two thousand seven]. {neu}
A: [person_name:Nicole], we're missing your second recommendation letter.
C: What? My teacher said she sent it weeks ago. {neg}
A: What's your teacher's name?
C: [person_name:Elena Alvarez]. She teaches English. {neu}
A: Nothing from [person_name:Ms. Alvarez] yet. Ask her to upload it again?
C: Okay, I'll ask her tomorrow. I'm honestly a little panicked. {neg}
A: Don't worry. The deadline is <date:December first>.
C: Oh, okay. That's a relief. {pos}
A: I've opened case <case:A D M, nine one four, two seven>.
C: Nine one four, two seven. {neu}
A: You also asked for financial aid.
C: Yes, we really need it. {neu}
A: Then I need your Social Security number.
C: It's [ssn:Five three one, oh six, two two four seven]. {neu}
A: Let me repeat. [ssn:Five three one, zero six, two two four seven].
C: Yes. {neu}
A: Is your email still [email:nicole f oh seven at icloud dot com]?
C: Yes, that's right. {neu}
A: And your phone?
C: [phone:Two oh seven, five five five, oh one nine four]. {neu}
A: And your home address?
C: [address:Four ninety-one Harbor View Road], Portland, Maine, [zip:oh four one oh one]. {neu}
A: Also, the <amount:seventy-five dollar> application fee is unpaid.
C: Oh no, I thought my dad paid that. {neg}
A: He can pay by bank transfer.
C: He lives in France. Is that okay? {neu}
A: Yes, an IBAN works. Do you have it?
C: He texted it to me. [iban:F R one four, two oh oh four, one oh one oh, oh five oh five, oh oh oh one, three M oh two, six oh six]. {neu}
A: Got it. I'll email him a payment link.
C: Great, thank you. {pos}
A: Also, [person_name:Laura Kim] from financial aid will call you within five business days.
C: Okay. Will she call this number? {neu}
A: Yes. And campus tours are Saturdays at <time:eleven>.
C: Oh, I'd love to do a tour! {pos}
A: I'll email you the sign-up link today.
C: Amazing. Sorry I panicked earlier. {pos}
A: Totally understandable.
C: Is there anything else I need to do? {neu}
A: Just the letter.
C: Thanks so much, [person_name:Daniel]. Bye! {pos}
""",
    ),
    CallScript(
        id="ht05-collections",
        trade="debt collection",
        company="Crestline Recovery Services",
        agent="Victor Hale",
        customer="Brenda Sullivan",
        agent_voice="festival:kal_diphone",
        customer_voice="hibari:17",
        noise_db=19.0,
        reason="The customer received a collection letter for an old medical bill she believes insurance covered.",
        outcome="A dispute was opened, her address updated, and a payment plan set up on hold until the dispute closes.",
        actions=[
            Action(
                "mail the insurance letter for the dispute",
                "Brenda Sullivan",
                "2026-11-30",
                "by the end of the month",
                ("insurance letter", "mail"),
            ),
            Action(
                "reply to the dispute",
                "Victor Hale",
                "2026-12-16",
                "within thirty days",
                ("dispute", "reply"),
            ),
            Action(
                "confirm in writing that nothing is taken until the dispute is closed",
                "Nina Park",
                "2026-11-20",
                "by Friday",
                ("confirm", "writing"),
            ),
            Action(
                "update the customer's mailing address",
                "Victor Hale",
                None,
                None,
                ("address",),
            ),
        ],
        script="""
A: Crestline Recovery, [person_name:Victor Hale]. This is a debt collector.
C: Yes, I got your letter. I'm not happy about it, I'll be honest. {neg}
A: The account number on the letter?
C: [member_id:C R S, four oh two, seven seven, one five nine]. {neu}
A: And your full name?
C: [person_name:Brenda Sullivan]. {neu}
A: To verify, the last four of your social?
C: [ssn:Eight one one six]. {neu}
A: And your date of birth?
C: [date_of_birth:Five, nineteen, seventy-three]. {neu}
A: Ms. [person_name:Sullivan], it's a medical bill, <amount:two thousand three hundred and forty dollars>.
C: That's ridiculous. Insurance was supposed to cover that. {neg}
A: You can dispute it in writing.
C: Honestly, this letter has kept me up at night. {neg}
A: Let's sort it out, then.
C: So how long does a dispute take? {neu}
A: We reply within <quantity:thirty> days. Open one now?
C: Yes, please do. {neu}
A: Your dispute number is <case:D S, six eight one, four oh two>.
C: Six eight one, four oh two. Okay. {neu}
A: Mail us the insurance letter by the end of the month.
C: I think I still have it. {neu}
A: Is your address still [address:Seventy-seven Fulton Avenue, apartment two A], [zip:one one two three eight]?
C: No, I moved in August. {neu}
A: What's the new address?
C: [address:Fourteen ten Prospect Place, apartment five F], [zip:one one two one six]. {neu}
A: And a good phone number?
C: [phone:Seven one eight, five five five, oh one double six]. {neu}
A: If the dispute fails, there's a payment plan.
C: I'd rather not pay for something I don't owe. {neg}
A: Just so you know.
C: Fine. What would the plan look like? {neu}
A: <amount:One hundred and ninety-five dollars> a month, from a bank account.
C: Hmm. I suppose I could manage that. {neu}
A: We can set it up on hold.
C: Hold on, I need my checkbook. {neu}
A: Sure.
C: Okay, got it. The routing number is [routing_number:oh two one, oh oh oh, oh two one]. {neu}
A: And the account?
C: [bank_account:Seven seven three, oh one eight, four four two]. {neu}
A: Nothing is taken until the dispute closes.
C: You promise? Because I've been burned before. {neg}
A: Yes. My supervisor, [person_name:Nina Park], will confirm it in writing by Friday.
C: Okay. Thank you, that's fair. {pos}
A: Anything else, Ms. [person_name:Sullivan]?
C: No. Sorry, I know it's not your fault personally. {neu}
A: No offense taken.
C: All right. Thanks for being patient with me. {pos}
A: Take care.
C: Bye. {neu}
""",
    ),
    CallScript(
        id="ht06-furniture",
        trade="furniture delivery",
        company="Oakline Furniture",
        agent="Rachel Simmons",
        customer="Olga Petersen",
        agent_voice="espeak:en-us:140:50",
        customer_voice="festival:cmu_us_slt_arctic_hts",
        noise_db=17.0,
        reason="The customer's sofa delivery did not come on Saturday and nobody called her.",
        outcome="The delivery was rebooked for Thursday morning, the balance paid by card, and a voucher offered.",
        actions=[
            Action(
                "deliver the sofa and two chairs",
                "Tony Russo",
                "2026-11-19",
                "Thursday",
                ("deliver", "sofa"),
            ),
            Action(
                "call the customer before arriving",
                "Tony Russo",
                None,
                None,
                ("call", "minutes"),
            ),
            Action(
                "email the fifty-dollar voucher",
                "Rachel Simmons",
                "2026-11-18",
                "by Wednesday",
                ("voucher",),
            ),
            Action(
                "flag the order as priority",
                "Rachel Simmons",
                None,
                None,
                ("priority", "flag"),
            ),
            Action(
                "clear a path to the living room",
                "Olga Petersen",
                "2026-11-19",
                "before Thursday",
                ("clear", "path", "living room"),
            ),
        ],
        script="""
A: Oakline Furniture, [person_name:Rachel] speaking.
C: Hi, my sofa was supposed to come Saturday and nobody showed up. {neg}
A: I'm sorry. Your order number?
C: Yes, <order:O F, three three eight, one oh four, seven>. {neu}
A: And the name on the order?
C: [person_name:Olga Petersen]. That's [person_name:P E T E R S E N], with an E. {neu}
A: Ms. [person_name:Petersen], the truck broke down on Saturday.
C: Well, someone could have called me. I took the day off for it. {neg}
A: You're right, I apologise. Let me rebook it.
C: Okay. {neu}
A: Can you confirm the address?
C: [address:1187 Sycamore Avenue, apartment 4 D], [zip:6 0 6 1 4]. {neu}
A: Is there an elevator?
C: Yes, but it's tiny. The sofa might not fit. {neu}
A: Our crew can take the stairs.
C: Sorry, my dog is barking, one second. {neu}
A: No problem.
C: Okay, I'm back. {neu}
A: Next slot is Thursday, <date:November nineteenth>, between <time:nine> and one.
C: Thursday morning is fine. {neu}
A: Your new tracking number is <tracking:one Z, eight four four, nine oh seven, two>.
C: Hang on, let me write that down. Eight four four, nine oh seven, two? {neu}
A: That's right. The sofa and the two chairs.
C: Good. {neu}
A: <amount:Three hundred twelve dollars> is still due. Pay now?
C: Sure, let's get it over with. {neu}
A: Go ahead with the card number.
C: [card_number:Five one triple one, two six oh four, nine nine three eight, oh two seven one]. {neu}
A: So, [card_number:Five one one one, two six zero four, nine nine three eight, zero two seven one].
C: Correct. {neu}
A: And the expiry?
C: [card_expiry:December twenty-seven]. {neu}
A: And the three digits on the back?
C: [card_security_code:Two four eight]. {neu}
A: Done. The driver, [person_name:Tony Russo], will call thirty minutes before.
C: Will he call my cell? It's [phone:Seven seven three, five five five, oh one eight two]. {neu}
A: Added. Email for the receipt?
C: [email:olga p sixty one at hotmail dot com]. {neu}
A: I'll also email you a <amount:fifty dollar> voucher by Wednesday.
C: Oh, that's kind. Thank you. {pos}
A: You're welcome.
C: And please make sure they actually come this time. {neg}
A: I'll flag the order as priority myself.
C: I'd appreciate that. {pos}
A: Please clear a path to the living room before Thursday.
C: Of course, I'll move the rug and the plants. {neu}
A: Perfect. Anything else?
C: No. Thanks, [person_name:Rachel], you've turned my mood around. {pos}
A: Enjoy the sofa, Ms. [person_name:Petersen].
C: I will. Bye. {pos}
""",
    ),
]
