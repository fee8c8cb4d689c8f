"""Template parts for the generated corpus: countries, leaders, organisations, groups.

Facts only (names, adjectives, capitals, offices and their years), written for this
project. generate.py combines them with verb phrases and frames.
"""

from __future__ import annotations

# (name, adjective, capital). "the" is part of the name where English needs it.
COUNTRIES = [
    ("Afghanistan", "Afghan", "Kabul"), ("Albania", "Albanian", "Tirana"),
    ("Algeria", "Algerian", "Algiers"), ("Angola", "Angolan", "Luanda"),
    ("Argentina", "Argentine", "Buenos Aires"), ("Armenia", "Armenian", "Yerevan"),
    ("Australia", "Australian", "Canberra"), ("Austria", "Austrian", "Vienna"),
    ("Azerbaijan", "Azerbaijani", "Baku"), ("Bahrain", "Bahraini", "Manama"),
    ("Bangladesh", "Bangladeshi", "Dhaka"), ("Belarus", "Belarusian", "Minsk"),
    ("Belgium", "Belgian", "Brussels"), ("Bolivia", "Bolivian", "La Paz"),
    ("Bosnia", "Bosnian", "Sarajevo"), ("Brazil", "Brazilian", "Brasilia"),
    ("Bulgaria", "Bulgarian", "Sofia"), ("Burundi", "Burundian", "Bujumbura"),
    ("Cambodia", "Cambodian", "Phnom Penh"), ("Cameroon", "Cameroonian", "Yaounde"),
    ("Canada", "Canadian", "Ottawa"), ("Chad", "Chadian", "N'Djamena"),
    ("Chile", "Chilean", "Santiago"), ("China", "Chinese", "Beijing"),
    ("Colombia", "Colombian", "Bogota"), ("Croatia", "Croatian", "Zagreb"),
    ("Cuba", "Cuban", "Havana"), ("Cyprus", "Cypriot", "Nicosia"),
    ("the Czech Republic", "Czech", "Prague"), ("Denmark", "Danish", "Copenhagen"),
    ("Ecuador", "Ecuadorean", "Quito"), ("Egypt", "Egyptian", "Cairo"),
    ("Eritrea", "Eritrean", "Asmara"), ("Estonia", "Estonian", "Tallinn"),
    ("Ethiopia", "Ethiopian", "Addis Ababa"), ("Finland", "Finnish", "Helsinki"),
    ("France", "French", "Paris"), ("Georgia", "Georgian", "Tbilisi"),
    ("Germany", "German", "Berlin"), ("Ghana", "Ghanaian", "Accra"),
    ("Greece", "Greek", "Athens"), ("Guatemala", "Guatemalan", "Guatemala City"),
    ("Haiti", "Haitian", "Port-au-Prince"), ("Honduras", "Honduran", "Tegucigalpa"),
    ("Hungary", "Hungarian", "Budapest"), ("India", "Indian", "New Delhi"),
    ("Indonesia", "Indonesian", "Jakarta"), ("Iran", "Iranian", "Tehran"),
    ("Iraq", "Iraqi", "Baghdad"), ("Ireland", "Irish", "Dublin"),
    ("Israel", "Israeli", "Jerusalem"), ("Italy", "Italian", "Rome"),
    ("Japan", "Japanese", "Tokyo"), ("Jordan", "Jordanian", "Amman"),
    ("Kazakhstan", "Kazakh", "Astana"), ("Kenya", "Kenyan", "Nairobi"),
    ("Kuwait", "Kuwaiti", "Kuwait City"), ("Kyrgyzstan", "Kyrgyz", "Bishkek"),
    ("Latvia", "Latvian", "Riga"), ("Lebanon", "Lebanese", "Beirut"),
    ("Libya", "Libyan", "Tripoli"), ("Lithuania", "Lithuanian", "Vilnius"),
    ("Malaysia", "Malaysian", "Kuala Lumpur"), ("Mali", "Malian", "Bamako"),
    ("Mexico", "Mexican", "Mexico City"), ("Moldova", "Moldovan", "Chisinau"),
    ("Mongolia", "Mongolian", "Ulaanbaatar"), ("Morocco", "Moroccan", "Rabat"),
    ("Mozambique", "Mozambican", "Maputo"), ("Myanmar", "Myanmar", "Naypyidaw"),
    ("Nepal", "Nepali", "Kathmandu"), ("the Netherlands", "Dutch", "The Hague"),
    ("New Zealand", "New Zealand", "Wellington"), ("Nicaragua", "Nicaraguan", "Managua"),
    ("Niger", "Nigerien", "Niamey"), ("Nigeria", "Nigerian", "Abuja"),
    ("North Korea", "North Korean", "Pyongyang"), ("Norway", "Norwegian", "Oslo"),
    ("Oman", "Omani", "Muscat"), ("Pakistan", "Pakistani", "Islamabad"),
    ("Panama", "Panamanian", "Panama City"), ("Peru", "Peruvian", "Lima"),
    ("the Philippines", "Philippine", "Manila"), ("Poland", "Polish", "Warsaw"),
    ("Portugal", "Portuguese", "Lisbon"), ("Qatar", "Qatari", "Doha"),
    ("Romania", "Romanian", "Bucharest"), ("Russia", "Russian", "Moscow"),
    ("Rwanda", "Rwandan", "Kigali"), ("Saudi Arabia", "Saudi", "Riyadh"),
    ("Senegal", "Senegalese", "Dakar"), ("Serbia", "Serbian", "Belgrade"),
    ("Sierra Leone", "Sierra Leonean", "Freetown"), ("Singapore", "Singaporean", "Singapore"),
    ("Somalia", "Somali", "Mogadishu"), ("South Africa", "South African", "Pretoria"),
    ("South Korea", "South Korean", "Seoul"), ("South Sudan", "South Sudanese", "Juba"),
    ("Spain", "Spanish", "Madrid"), ("Sri Lanka", "Sri Lankan", "Colombo"),
    ("Sudan", "Sudanese", "Khartoum"), ("Sweden", "Swedish", "Stockholm"),
    ("Switzerland", "Swiss", "Bern"), ("Syria", "Syrian", "Damascus"),
    ("Taiwan", "Taiwanese", "Taipei"), ("Tajikistan", "Tajik", "Dushanbe"),
    ("Tanzania", "Tanzanian", "Dodoma"), ("Thailand", "Thai", "Bangkok"),
    ("Tunisia", "Tunisian", "Tunis"), ("Turkey", "Turkish", "Ankara"),
    ("Uganda", "Ugandan", "Kampala"), ("Ukraine", "Ukrainian", "Kyiv"),
    ("the United Arab Emirates", "Emirati", "Abu Dhabi"), ("Britain", "British", "London"),
    ("the United States", "U.S.", "Washington"), ("Uzbekistan", "Uzbek", "Tashkent"),
    ("Venezuela", "Venezuelan", "Caracas"), ("Vietnam", "Vietnamese", "Hanoi"),
    ("Yemen", "Yemeni", "Sanaa"), ("Zambia", "Zambian", "Lusaka"),
    ("Zimbabwe", "Zimbabwean", "Harare"),
]

# (title and name, country name as in COUNTRIES, first year, last year in office)
LEADERS = [
    ("President Bill Clinton", "the United States", 1993, 2001),
    ("President George W. Bush", "the United States", 2001, 2009),
    ("President Barack Obama", "the United States", 2009, 2017),
    ("President Donald Trump", "the United States", 2017, 2021),
    ("President Joe Biden", "the United States", 2021, 2025),
    ("Secretary of State Warren Christopher", "the United States", 1993, 1997),
    ("Secretary of State Colin Powell", "the United States", 2001, 2005),
    ("Secretary of State Hillary Clinton", "the United States", 2009, 2013),
    ("Secretary of State Antony Blinken", "the United States", 2021, 2025),
    ("President Boris Yeltsin", "Russia", 1991, 1999),
    ("President Vladimir Putin", "Russia", 2000, 2008),
    ("President Dmitry Medvedev", "Russia", 2008, 2012),
    ("Foreign Minister Yevgeny Primakov", "Russia", 1996, 1998),
    ("Foreign Minister Sergei Lavrov", "Russia", 2004, 2026),
    ("President Jiang Zemin", "China", 1993, 2003),
    ("President Hu Jintao", "China", 2003, 2013),
    ("President Xi Jinping", "China", 2013, 2026),
    ("Foreign Minister Wang Yi", "China", 2013, 2022),
    ("Prime Minister Tony Blair", "Britain", 1997, 2007),
    ("Prime Minister Gordon Brown", "Britain", 2007, 2010),
    ("Prime Minister David Cameron", "Britain", 2010, 2016),
    ("Prime Minister Keir Starmer", "Britain", 2024, 2026),
    ("President Jacques Chirac", "France", 1995, 2007),
    ("President Nicolas Sarkozy", "France", 2007, 2012),
    ("President Emmanuel Macron", "France", 2017, 2026),
    ("Chancellor Gerhard Schroeder", "Germany", 1998, 2005),
    ("Chancellor Angela Merkel", "Germany", 2005, 2021),
    ("Chancellor Olaf Scholz", "Germany", 2021, 2025),
    ("Prime Minister Atal Bihari Vajpayee", "India", 1998, 2004),
    ("Prime Minister Manmohan Singh", "India", 2004, 2014),
    ("Prime Minister Narendra Modi", "India", 2014, 2026),
    ("Prime Minister Nawaz Sharif", "Pakistan", 1997, 1999),
    ("President Pervez Musharraf", "Pakistan", 2001, 2008),
    ("Prime Minister Yitzhak Rabin", "Israel", 1992, 1995),
    ("Prime Minister Ehud Barak", "Israel", 1999, 2001),
    ("Prime Minister Ariel Sharon", "Israel", 2001, 2006),
    ("Prime Minister Benjamin Netanyahu", "Israel", 2009, 2021),
    ("President Hosni Mubarak", "Egypt", 1993, 2011),
    ("President Abdel Fattah el-Sisi", "Egypt", 2014, 2026),
    ("President Saddam Hussein", "Iraq", 1993, 2003),
    ("President Mohammad Khatami", "Iran", 1997, 2005),
    ("President Mahmoud Ahmadinejad", "Iran", 2005, 2013),
    ("President Hassan Rouhani", "Iran", 2013, 2021),
    ("President Recep Tayyip Erdogan", "Turkey", 2014, 2026),
    ("Prime Minister Bulent Ecevit", "Turkey", 1999, 2002),
    ("President Kim Dae-jung", "South Korea", 1998, 2003),
    ("President Moon Jae-in", "South Korea", 2017, 2022),
    ("leader Kim Jong Il", "North Korea", 1994, 2011),
    ("leader Kim Jong Un", "North Korea", 2012, 2026),
    ("Prime Minister Junichiro Koizumi", "Japan", 2001, 2006),
    ("Prime Minister Shinzo Abe", "Japan", 2012, 2020),
    ("President Nelson Mandela", "South Africa", 1994, 1999),
    ("President Thabo Mbeki", "South Africa", 1999, 2008),
    ("President Robert Mugabe", "Zimbabwe", 1993, 2017),
    ("President Paul Kagame", "Rwanda", 2000, 2026),
    ("President Yoweri Museveni", "Uganda", 1993, 2026),
    ("President Omar al-Bashir", "Sudan", 1993, 2019),
    ("President Hugo Chavez", "Venezuela", 1999, 2013),
    ("President Nicolas Maduro", "Venezuela", 2013, 2026),
    ("President Alvaro Uribe", "Colombia", 2002, 2010),
    ("President Juan Manuel Santos", "Colombia", 2010, 2018),
    ("President Luiz Inacio Lula da Silva", "Brazil", 2003, 2010),
    ("President Fidel Castro", "Cuba", 1993, 2008),
    ("President Slobodan Milosevic", "Serbia", 1993, 2000),
    ("President Volodymyr Zelensky", "Ukraine", 2019, 2026),
    ("President Alexander Lukashenko", "Belarus", 1994, 2026),
    ("President Bashar al-Assad", "Syria", 2000, 2024),
    ("President Hafez al-Assad", "Syria", 1993, 2000),
    ("Prime Minister Viktor Orban", "Hungary", 2010, 2026),
    ("President Susilo Bambang Yudhoyono", "Indonesia", 2004, 2014),
    ("President Joko Widodo", "Indonesia", 2014, 2024),
    ("Prime Minister Mahathir Mohamad", "Malaysia", 1993, 2003),
    ("President Gloria Macapagal Arroyo", "the Philippines", 2001, 2010),
    ("President Rodrigo Duterte", "the Philippines", 2016, 2022),
    ("King Abdullah", "Saudi Arabia", 2005, 2015),
    ("Crown Prince Mohammed bin Salman", "Saudi Arabia", 2017, 2026),
    ("President Olusegun Obasanjo", "Nigeria", 1999, 2007),
    ("President Muhammadu Buhari", "Nigeria", 2015, 2023),
    ("Prime Minister Meles Zenawi", "Ethiopia", 1995, 2012),
    ("Prime Minister Abiy Ahmed", "Ethiopia", 2018, 2026),
    ("President Hamid Karzai", "Afghanistan", 2002, 2014),
    ("President Andres Manuel Lopez Obrador", "Mexico", 2018, 2024),
    ("President Claudia Sheinbaum", "Mexico", 2024, 2026),
    ("President Javier Milei", "Argentina", 2023, 2026),
]

# International organisations: (name, short name or None)
IGOS = [
    ("the United Nations", "the UN"), ("the UN Security Council", None),
    ("the European Union", "the EU"), ("NATO", None), ("the African Union", "the AU"),
    ("the Arab League", None), ("ASEAN", None), ("the OSCE", None),
    ("the International Monetary Fund", "the IMF"), ("the World Bank", None),
    ("the Organization of American States", "the OAS"), ("ECOWAS", None),
    ("the International Atomic Energy Agency", "the IAEA"), ("the Gulf Cooperation Council", None),
    ("the International Criminal Court", None), ("the Council of Europe", None),
    ("UNICEF", None), ("the World Food Programme", None), ("the UN refugee agency", None),
    ("the Shanghai Cooperation Organisation", None),
]

# Armed non-state groups: (name, country where they fight)
REBELS = [
    ("FARC rebels", "Colombia"), ("ELN guerrillas", "Colombia"), ("the Tamil Tigers", "Sri Lanka"),
    ("the Taliban", "Afghanistan"), ("Hamas", "Israel"), ("Hezbollah", "Lebanon"),
    ("al-Shabaab fighters", "Somalia"), ("Boko Haram", "Nigeria"), ("the Houthis", "Yemen"),
    ("PKK militants", "Turkey"), ("Maoist rebels", "Nepal"), ("the Lord's Resistance Army", "Uganda"),
    ("RUF rebels", "Sierra Leone"), ("the Kosovo Liberation Army", "Serbia"),
    ("M23 rebels", "Rwanda"), ("Islamic State militants", "Iraq"), ("Chechen separatists", "Russia"),
    ("Abu Sayyaf gunmen", "the Philippines"), ("the Rapid Support Forces", "Sudan"),
    ("Tuareg rebels", "Mali"), ("Karen rebels", "Myanmar"), ("the SPLA", "Sudan"),
]

NGOS = [
    "Amnesty International", "Human Rights Watch", "the Red Cross", "Medecins Sans Frontieres",
    "Oxfam", "Reporters Without Borders", "Transparency International", "the Committee to Protect Journalists",
]

# People acted upon (targets of repression, violence, aid), singular or plural.
PEOPLE_TARGETS = [
    ("opposition activists", True), ("journalists", True), ("student leaders", True),
    ("civilians", True), ("villagers", True), ("refugees", True), ("aid workers", True),
    ("a prominent human rights lawyer", False), ("an opposition leader", False),
    ("trade union leaders", True), ("foreign journalists", True), ("peacekeepers", True),
    ("a local reporter", False), ("displaced families", True), ("ethnic minority villagers", True),
    ("a former minister", False), ("the editor of an independent newspaper", False),
    ("striking workers", True), ("demonstrators", True), ("election monitors", True),
]

PROTESTER_GROUPS = [
    "Thousands of protesters", "Hundreds of students", "Opposition supporters", "Striking teachers",
    "Tens of thousands of demonstrators", "Farmers", "Taxi drivers", "Garment workers",
    "Members of the main opposition party", "Relatives of the missing", "Doctors and nurses",
    "Pro-democracy activists", "Dock workers", "Miners", "Women's rights campaigners",
]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]

# Who reports an event in reported-speech frames (never a party to it).
REPORTERS = [
    "officials said", "a spokesman said", "state media reported", "witnesses said",
    "diplomats said", "the foreign ministry said", "a government statement said",
    "police said", "residents said", "the agency reported", "sources close to the talks said",
]

# Rival pairs (country names as in COUNTRIES) whose clashes and threats filled the news
# 1990-2026; most conflict sentences between states draw from these.
CONFLICT_DYADS = [
    ("Russia", "Ukraine"), ("Russia", "Georgia"), ("Israel", "Lebanon"), ("Israel", "Syria"),
    ("Israel", "Iran"), ("India", "Pakistan"), ("China", "India"), ("China", "Taiwan"),
    ("North Korea", "South Korea"), ("North Korea", "Japan"), ("Ethiopia", "Eritrea"),
    ("Armenia", "Azerbaijan"), ("Saudi Arabia", "Yemen"), ("Turkey", "Syria"), ("Turkey", "Greece"),
    ("Sudan", "South Sudan"), ("Rwanda", "Burundi"), ("Iraq", "Kuwait"), ("the United States", "Iraq"),
    ("the United States", "Iran"), ("Serbia", "Bosnia"), ("Serbia", "Croatia"), ("Morocco", "Algeria"),
    ("Venezuela", "Colombia"), ("Thailand", "Cambodia"), ("Chad", "Sudan"), ("Kyrgyzstan", "Tajikistan"),
    ("Peru", "Ecuador"), ("Uganda", "Rwanda"), ("Afghanistan", "Pakistan"),
]
