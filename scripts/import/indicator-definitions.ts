// The observatory's own words for every HCP census indicator it publishes: labels in
// French, Arabic and English, a definition per topic, theme, polarity. HCP's headings are
// kept upstream in fields-2024.json; these labels are ours, written for the site.

import type { Localized, Polarity, Theme } from '../../src/lib/catalogue.ts';

export interface TopicDefinition {
  theme: Theme;
  definition: Localized;
  /** [HCP path, French label, English label, Arabic label, polarity?] */
  items: [string, string, string, string, Polarity?][];
}

const SAMPLE_NOTE = {
  fr: ' Dans les communes de plus de 2 000 ménages, estimation sur l’échantillon du questionnaire long (20 % des ménages).',
  en: ' In communes of more than 2,000 households, an estimate from the long-questionnaire sample (20% of households).',
  ar: ' في الجماعات التي يفوق عدد أسرها 2000، تقدير مبني على عينة الاستمارة المطولة (20٪ من الأسر).',
};

function withSample(d: Localized): Localized {
  return { fr: d.fr + SAMPLE_NOTE.fr, en: d.en + SAMPLE_NOTE.en, ar: d.ar + SAMPLE_NOTE.ar };
}

export const TOPICS: Record<string, TopicDefinition> = {
  population: {
    theme: 'population',
    definition: {
      fr: 'Population légale : population municipale plus la population comptée à part (casernes, internats, prisons…). Population municipale : personnes résidant habituellement dans la commune.',
      en: 'Legal population: the municipal population plus people counted separately (barracks, boarding schools, prisons…). Municipal population: people usually resident in the commune.',
      ar: 'السكان القانونيون: السكان البلديون مضافاً إليهم السكان المحسوبون على حدة (الثكنات، الداخليات، السجون...). السكان البلديون: الأشخاص المقيمون عادة في الجماعة.',
    },
    items: [
      ['population.legal', 'Population légale', 'Legal population', 'السكان القانونيون'],
      ['population.municipal', 'Population municipale', 'Municipal population', 'السكان البلديون'],
    ],
  },
  sex: {
    theme: 'population',
    definition: {
      fr: 'Répartition de la population municipale selon le sexe, en pourcentage.',
      en: 'The municipal population by sex, as a percentage.',
      ar: 'توزيع السكان البلديين حسب الجنس، بالنسبة المئوية.',
    },
    items: [
      ['sex.male', 'Part des hommes', 'Share of men', 'نسبة الذكور'],
      ['sex.female', 'Part des femmes', 'Share of women', 'نسبة الإناث'],
    ],
  },
  age: {
    theme: 'age',
    definition: {
      fr: 'Part de la population municipale dans chaque groupe d’âge quinquennal.',
      en: 'Share of the municipal population in each five-year age group.',
      ar: 'نسبة السكان البلديين في كل فئة عمرية خماسية.',
    },
    items: [
      ['age.0-4', 'Part des 0–4 ans', 'Share aged 0–4', 'نسبة الفئة العمرية 0–4 سنوات'],
      ['age.5-9', 'Part des 5–9 ans', 'Share aged 5–9', 'نسبة الفئة العمرية 5–9 سنوات'],
      ['age.10-14', 'Part des 10–14 ans', 'Share aged 10–14', 'نسبة الفئة العمرية 10–14 سنة'],
      ['age.15-19', 'Part des 15–19 ans', 'Share aged 15–19', 'نسبة الفئة العمرية 15–19 سنة'],
      ['age.20-24', 'Part des 20–24 ans', 'Share aged 20–24', 'نسبة الفئة العمرية 20–24 سنة'],
      ['age.25-29', 'Part des 25–29 ans', 'Share aged 25–29', 'نسبة الفئة العمرية 25–29 سنة'],
      ['age.30-34', 'Part des 30–34 ans', 'Share aged 30–34', 'نسبة الفئة العمرية 30–34 سنة'],
      ['age.35-39', 'Part des 35–39 ans', 'Share aged 35–39', 'نسبة الفئة العمرية 35–39 سنة'],
      ['age.40-44', 'Part des 40–44 ans', 'Share aged 40–44', 'نسبة الفئة العمرية 40–44 سنة'],
      ['age.45-49', 'Part des 45–49 ans', 'Share aged 45–49', 'نسبة الفئة العمرية 45–49 سنة'],
      ['age.50-54', 'Part des 50–54 ans', 'Share aged 50–54', 'نسبة الفئة العمرية 50–54 سنة'],
      ['age.55-59', 'Part des 55–59 ans', 'Share aged 55–59', 'نسبة الفئة العمرية 55–59 سنة'],
      ['age.60-64', 'Part des 60–64 ans', 'Share aged 60–64', 'نسبة الفئة العمرية 60–64 سنة'],
      ['age.65-69', 'Part des 65–69 ans', 'Share aged 65–69', 'نسبة الفئة العمرية 65–69 سنة'],
      ['age.70-74', 'Part des 70–74 ans', 'Share aged 70–74', 'نسبة الفئة العمرية 70–74 سنة'],
      ['age.75+', 'Part des 75 ans et plus', 'Share aged 75 and over', 'نسبة الفئة العمرية 75 سنة فأكثر'],
    ],
  },
  maritalStatus: {
    theme: 'family',
    definition: withSample({
      fr: 'État matrimonial des personnes de 15 ans et plus. L’âge moyen au premier mariage (singulier) est calculé à partir des proportions de célibataires par âge.',
      en: 'Marital status of people aged 15 and over. The singulate mean age at marriage is computed from the proportions never married at each age.',
      ar: 'الحالة الزواجية للأشخاص البالغين 15 سنة فأكثر. يُحسب متوسط السن عند الزواج الأول انطلاقاً من نسب العزاب حسب السن.',
    }),
    items: [
      ['maritalStatus.population15Plus', 'Population de 15 ans et plus (état matrimonial)', 'Population aged 15 and over (marital status)', 'السكان البالغون 15 سنة فأكثر (الحالة الزواجية)'],
      ['maritalStatus.single', 'Célibataires (15 ans et plus)', 'Never married (15 and over)', 'العزاب (15 سنة فأكثر)'],
      ['maritalStatus.married', 'Marié·es (15 ans et plus)', 'Married (15 and over)', 'المتزوجون (15 سنة فأكثر)'],
      ['maritalStatus.divorced', 'Divorcé·es (15 ans et plus)', 'Divorced (15 and over)', 'المطلقون (15 سنة فأكثر)'],
      ['maritalStatus.widowed', 'Veufs et veuves (15 ans et plus)', 'Widowed (15 and over)', 'الأرامل (15 سنة فأكثر)'],
      ['maritalStatus.singulateMeanAgeAtMarriage', 'Âge moyen au premier mariage', 'Singulate mean age at marriage', 'متوسط السن عند الزواج الأول'],
    ],
  },
  fertility: {
    theme: 'family',
    definition: withSample({
      fr: 'Indice synthétique de fécondité : nombre moyen d’enfants qu’aurait une femme selon les taux de fécondité par âge de l’année. Descendance finale : nombre moyen d’enfants des femmes en fin de vie féconde.',
      en: 'Total fertility rate: the average number of children a woman would have at the year’s age-specific rates. Completed fertility: the average number of children of women at the end of their reproductive years.',
      ar: 'المؤشر التركيبي للخصوبة: متوسط عدد الأطفال الذي ستنجبه امرأة وفق معدلات الخصوبة حسب السن للسنة. الخصوبة المكتملة: متوسط عدد أطفال النساء في نهاية فترة الإنجاب.',
    }),
    items: [
      ['fertility.totalFertilityRate', 'Indice synthétique de fécondité', 'Total fertility rate', 'المؤشر التركيبي للخصوبة'],
      ['fertility.completedFertility', 'Descendance finale', 'Completed fertility', 'الخصوبة المكتملة'],
    ],
  },
  disability: {
    theme: 'population',
    definition: withSample({
      fr: 'Part des personnes déclarant une difficulté importante ou totale dans au moins une fonction (voir, entendre, marcher, se souvenir, prendre soin de soi, communiquer).',
      en: 'Share of people reporting great or total difficulty in at least one function (seeing, hearing, walking, remembering, self-care, communicating).',
      ar: 'نسبة الأشخاص الذين يصرحون بصعوبة كبيرة أو تامة في وظيفة واحدة على الأقل (البصر، السمع، المشي، التذكر، العناية بالذات، التواصل).',
    }),
    items: [['disability.prevalence', 'Prévalence du handicap', 'Disability prevalence', 'نسبة انتشار الإعاقة']],
  },
  schooling: {
    theme: 'education',
    definition: withSample({
      fr: 'Part des enfants de 6 à 11 ans scolarisés en 2023/2024.',
      en: 'Share of children aged 6 to 11 enrolled in school in 2023/2024.',
      ar: 'نسبة الأطفال البالغين من 6 إلى 11 سنة المتمدرسين في 2023/2024.',
    }),
    items: [
      ['schooling.population7to12', 'Population de 7 à 12 ans', 'Population aged 7 to 12', 'السكان البالغون من 7 إلى 12 سنة'],
      ['schooling.rate6to11', 'Taux de scolarisation des 6–11 ans', 'School enrolment rate, ages 6–11', 'نسبة تمدرس الأطفال 6–11 سنة', 'higher_is_better'],
    ],
  },
  illiteracy: {
    theme: 'education',
    definition: withSample({
      fr: 'Part des personnes ne sachant ni lire ni écrire dans une langue quelconque, parmi celles de 10 ans (ou 15 ans) et plus.',
      en: 'Share of people who cannot read and write in any language, among those aged 10 (or 15) and over.',
      ar: 'نسبة الأشخاص الذين لا يعرفون القراءة والكتابة بأي لغة، من بين البالغين 10 سنوات (أو 15 سنة) فأكثر.',
    }),
    items: [
      ['illiteracy.population10Plus', 'Population de 10 ans et plus', 'Population aged 10 and over', 'السكان البالغون 10 سنوات فأكثر'],
      ['illiteracy.rate10Plus', 'Taux d’analphabétisme des 10 ans et plus', 'Illiteracy rate, 10 and over', 'معدل الأمية لدى البالغين 10 سنوات فأكثر', 'higher_is_worse'],
      ['illiteracy.population15Plus', 'Population de 15 ans et plus (alphabétisation)', 'Population aged 15 and over (literacy)', 'السكان البالغون 15 سنة فأكثر (الأمية)'],
      ['illiteracy.rate15Plus', 'Taux d’analphabétisme des 15 ans et plus', 'Illiteracy rate, 15 and over', 'معدل الأمية لدى البالغين 15 سنة فأكثر', 'higher_is_worse'],
    ],
  },
  languagesReadAndWritten: {
    theme: 'education',
    definition: withSample({
      fr: 'Langues que les personnes alphabètes de 10 ans et plus savent lire et écrire (réponses non exclusives : les parts dépassent 100 % au total).',
      en: 'Languages that literate people aged 10 and over can read and write (answers are not exclusive: shares add up to more than 100%).',
      ar: 'اللغات التي يقرأها ويكتبها الأشخاص المتعلمون البالغون 10 سنوات فأكثر (أجوبة غير حصرية: مجموع النسب يتجاوز 100٪).',
    }),
    items: [
      ['languagesReadAndWritten.literatePopulation10Plus', 'Population alphabète de 10 ans et plus', 'Literate population aged 10 and over', 'السكان المتعلمون البالغون 10 سنوات فأكثر'],
      ['languagesReadAndWritten.arabic', 'Lisent et écrivent l’arabe', 'Read and write Arabic', 'يقرؤون ويكتبون العربية'],
      ['languagesReadAndWritten.amazighTifinagh', 'Lisent et écrivent l’amazighe (tifinagh)', 'Read and write Amazigh (Tifinagh)', 'يقرؤون ويكتبون الأمازيغية (تيفيناغ)'],
      ['languagesReadAndWritten.english', 'Lisent et écrivent l’anglais', 'Read and write English', 'يقرؤون ويكتبون الإنجليزية'],
      ['languagesReadAndWritten.french', 'Lisent et écrivent le français', 'Read and write French', 'يقرؤون ويكتبون الفرنسية'],
    ],
  },
  education: {
    theme: 'education',
    definition: withSample({
      fr: 'Plus haut niveau d’études atteint dans l’enseignement général.',
      en: 'Highest level of study reached in general education.',
      ar: 'أعلى مستوى دراسي تم بلوغه في التعليم العام.',
    }),
    items: [
      ['education.none', 'Aucun niveau d’études', 'No schooling', 'بدون مستوى دراسي'],
      ['education.preschool', 'Niveau préscolaire', 'Pre-school', 'التعليم الأولي'],
      ['education.primary', 'Niveau primaire', 'Primary', 'التعليم الابتدائي'],
      ['education.lowerSecondary', 'Secondaire collégial', 'Lower secondary', 'الثانوي الإعدادي'],
      ['education.upperSecondary', 'Secondaire qualifiant', 'Upper secondary', 'الثانوي التأهيلي'],
      ['education.higher', 'Enseignement supérieur', 'Higher education', 'التعليم العالي', 'higher_is_better'],
    ],
  },
  localLanguages: {
    theme: 'languages',
    definition: withSample({
      fr: 'Langues locales utilisées (réponses non exclusives).',
      en: 'Local languages used (answers are not exclusive).',
      ar: 'اللغات المحلية المستعملة (أجوبة غير حصرية).',
    }),
    items: [
      ['localLanguages.darija', 'Utilisent la darija', 'Use Darija', 'يستعملون الدارجة'],
      ['localLanguages.tachelhit', 'Utilisent le tachelhit', 'Use Tachelhit', 'يستعملون تاشلحيت'],
      ['localLanguages.tamazight', 'Utilisent le tamazight', 'Use Tamazight', 'يستعملون تامازيغت'],
      ['localLanguages.tarifit', 'Utilisent le tarifit', 'Use Tarifit', 'يستعملون تاريفيت'],
      ['localLanguages.hassania', 'Utilisent le hassania', 'Use Hassaniya', 'يستعملون الحسانية'],
    ],
  },
  labour: {
    theme: 'labour',
    definition: withSample({
      fr: 'Population active : personnes de 15 ans et plus ayant un emploi ou en cherchant un. Taux d’activité : actifs rapportés aux 15 ans et plus. Taux de chômage : chômeurs rapportés aux actifs.',
      en: 'Labour force: people aged 15 and over who work or seek work. Activity rate: labour force over population aged 15 and over. Unemployment rate: unemployed over labour force.',
      ar: 'السكان النشيطون: الأشخاص البالغون 15 سنة فأكثر الذين يعملون أو يبحثون عن عمل. معدل النشاط: النشيطون على السكان البالغين 15 سنة فأكثر. معدل البطالة: العاطلون على النشيطين.',
    }),
    items: [
      ['labour.population15Plus', 'Population de 15 ans et plus (activité)', 'Population aged 15 and over (labour)', 'السكان البالغون 15 سنة فأكثر (النشاط)'],
      ['labour.active', 'Population active de 15 ans et plus', 'Labour force aged 15 and over', 'السكان النشيطون البالغون 15 سنة فأكثر'],
      ['labour.inactive', 'Population inactive de 15 ans et plus', 'Inactive population aged 15 and over', 'السكان غير النشيطين البالغون 15 سنة فأكثر'],
      ['labour.activityRate', 'Taux d’activité des 15 ans et plus', 'Activity rate, 15 and over', 'معدل النشاط لدى البالغين 15 سنة فأكثر'],
      ['labour.unemploymentRate', 'Taux de chômage', 'Unemployment rate', 'معدل البطالة', 'higher_is_worse'],
      ['labour.employed', 'Actifs occupés de 15 ans et plus', 'Employed people aged 15 and over', 'النشيطون المشتغلون البالغون 15 سنة فأكثر'],
    ],
  },
  employmentStatus: {
    theme: 'labour',
    definition: withSample({
      fr: 'Statut dans la profession des actifs occupés de 15 ans et plus.',
      en: 'Employment status of employed people aged 15 and over.',
      ar: 'الوضعية في المهنة للنشيطين المشتغلين البالغين 15 سنة فأكثر.',
    }),
    items: [
      ['employmentStatus.employer', 'Employeurs', 'Employers', 'المشغلون'],
      ['employmentStatus.selfEmployed', 'Indépendants', 'Self-employed', 'المستقلون'],
      ['employmentStatus.publicSector', 'Salariés du secteur public', 'Public-sector employees', 'أجراء القطاع العام'],
      ['employmentStatus.privateSector', 'Salariés du secteur privé', 'Private-sector employees', 'أجراء القطاع الخاص'],
      ['employmentStatus.familyWorker', 'Aides familiaux', 'Family workers', 'المساعدون العائليون'],
      ['employmentStatus.apprentice', 'Apprentis', 'Apprentices', 'المتدربون'],
      ['employmentStatus.cooperativeMember', 'Coopérateurs ou associés', 'Cooperative members or partners', 'المتعاونون أو الشركاء'],
      ['employmentStatus.other', 'Autre statut professionnel', 'Other employment status', 'وضعية مهنية أخرى'],
    ],
  },
  commute: {
    theme: 'commuting',
    definition: withSample({
      fr: 'Mode de transport principal entre le domicile et le lieu de travail des actifs occupés sédentaires (HCP, indicateurs communaux du mode de transport).',
      en: 'Main means of travel between home and workplace of settled employed people (HCP, commune indicators of commuting mode).',
      ar: 'وسيلة التنقل الرئيسية بين المسكن ومكان العمل للنشيطين المشتغلين المستقرين (المندوبية السامية للتخطيط، مؤشرات جماعية لوسيلة التنقل).',
    }),
    items: [
      ['commute.employed', 'Actifs occupés sédentaires (trajets domicile–travail)', 'Settled employed people (commuting)', 'النشيطون المشتغلون المستقرون (التنقل)'],
      ['commute.walking', 'Vont au travail à pied', 'Walk to work', 'يذهبون إلى العمل مشياً'],
      ['commute.bikeOrMotorcycle', 'Vont au travail à vélo ou moto', 'Cycle or ride a motorbike to work', 'يذهبون إلى العمل بالدراجة أو الدراجة النارية'],
      ['commute.privateCar', 'Vont au travail en voiture particulière', 'Drive to work', 'يذهبون إلى العمل بسيارة خاصة'],
      ['commute.bus', 'Vont au travail en bus', 'Take the bus to work', 'يذهبون إلى العمل بالحافلة'],
      ['commute.taxi', 'Vont au travail en taxi', 'Take a taxi to work', 'يذهبون إلى العمل بسيارة الأجرة'],
      ['commute.employerTransport', 'Transport fourni par l’employeur', 'Employer-provided transport', 'نقل يوفره المشغل'],
      ['commute.train', 'Vont au travail en train', 'Take the train to work', 'يذهبون إلى العمل بالقطار'],
      ['commute.tram', 'Vont au travail en tramway', 'Take the tram to work', 'يذهبون إلى العمل بالترامواي'],
      ['commute.informalTransport', 'Transport informel', 'Informal transport', 'نقل غير مهيكل'],
      ['commute.animal', 'Vont au travail à dos d’animal ou en charrette', 'Travel to work by animal or cart', 'يذهبون إلى العمل على ظهر دابة أو بعربة'],
      ['commute.other', 'Autre mode de transport', 'Other means of travel', 'وسيلة نقل أخرى'],
      ['commute.noTravel', 'Ne se déplacent pas (travail à domicile)', 'Do not travel (work at home)', 'لا يتنقلون (العمل في المنزل)'],
    ],
  },
  households: {
    theme: 'housing',
    definition: {
      fr: 'Ménage : ensemble de personnes partageant le même logement et mettant en commun tout ou partie de leurs ressources. Taille moyenne : population des ménages rapportée au nombre de ménages.',
      en: 'Household: people who share a dwelling and pool some or all of their resources. Average size: household population divided by the number of households.',
      ar: 'الأسرة: مجموعة من الأشخاص يتقاسمون نفس المسكن ويجمعون كل مواردهم أو جزءاً منها. متوسط الحجم: سكان الأسر مقسوماً على عدد الأسر.',
    },
    items: [
      ['households.municipalPopulation', 'Population des ménages', 'Household population', 'سكان الأسر'],
      ['households.count', 'Ménages', 'Households', 'الأسر'],
      ['households.averageSize', 'Taille moyenne des ménages', 'Average household size', 'متوسط حجم الأسرة'],
      ['households.sedentary', 'Ménages sédentaires', 'Settled households', 'الأسر المستقرة'],
      ['households.peoplePerRoom', 'Personnes par pièce', 'People per room', 'عدد الأفراد لكل غرفة', 'higher_is_worse'],
      ['households.distanceToPavedRoadKm', 'Distance moyenne à une route goudronnée', 'Average distance to a paved road', 'متوسط المسافة إلى طريق معبدة', 'higher_is_worse'],
    ],
  },
  dwellingType: {
    theme: 'housing',
    definition: withSample({
      fr: 'Type de logement occupé par les ménages.',
      en: 'Type of dwelling households live in.',
      ar: 'نوع المسكن الذي تقطنه الأسر.',
    }),
    items: [
      ['dwellingType.villa', 'Villa ou étage de villa', 'Villa or villa floor', 'فيلا أو طابق في فيلا'],
      ['dwellingType.apartment', 'Appartement', 'Apartment', 'شقة'],
      ['dwellingType.moroccanHouse', 'Maison marocaine', 'Moroccan house', 'دار مغربية'],
      ['dwellingType.basicOrSlum', 'Habitat sommaire ou bidonville', 'Basic dwelling or slum', 'سكن بدائي أو صفيح', 'higher_is_worse'],
      ['dwellingType.rural', 'Logement de type rural', 'Rural dwelling', 'مسكن من النوع القروي'],
      ['dwellingType.other', 'Autre type de logement', 'Other dwelling', 'نوع آخر من المساكن'],
    ],
  },
  occupancy: {
    theme: 'housing',
    definition: withSample({
      fr: 'Statut d’occupation du logement par le ménage.',
      en: 'How the household occupies its dwelling.',
      ar: 'وضعية حيازة الأسرة للمسكن.',
    }),
    items: [
      ['occupancy.owner', 'Propriétaires', 'Owners', 'الملاكون'],
      ['occupancy.tenant', 'Locataires', 'Tenants', 'المكترون'],
      ['occupancy.other', 'Autre statut d’occupation', 'Other occupancy', 'وضعية حيازة أخرى'],
    ],
  },
  dwellingAge: {
    theme: 'housing',
    definition: withSample({
      fr: 'Âge du logement occupé par le ménage.',
      en: 'Age of the dwelling the household lives in.',
      ar: 'عمر المسكن الذي تقطنه الأسرة.',
    }),
    items: [
      ['dwellingAge.under10', 'Logements de moins de 10 ans', 'Dwellings under 10 years old', 'مساكن عمرها أقل من 10 سنوات'],
      ['dwellingAge.10-19', 'Logements de 10 à 19 ans', 'Dwellings 10–19 years old', 'مساكن عمرها من 10 إلى 19 سنة'],
      ['dwellingAge.20-49', 'Logements de 20 à 49 ans', 'Dwellings 20–49 years old', 'مساكن عمرها من 20 إلى 49 سنة'],
      ['dwellingAge.50+', 'Logements de 50 ans ou plus', 'Dwellings 50 years old or more', 'مساكن عمرها 50 سنة فأكثر'],
    ],
  },
  amenities: {
    theme: 'amenities',
    definition: withSample({
      fr: 'Part des ménages dont le logement dispose de l’équipement.',
      en: 'Share of households whose dwelling has the amenity.',
      ar: 'نسبة الأسر التي يتوفر مسكنها على التجهيز.',
    }),
    items: [
      ['amenities.kitchen', 'Logements avec cuisine', 'Dwellings with a kitchen', 'مساكن بها مطبخ', 'higher_is_better'],
      ['amenities.toilet', 'Logements avec W.-C.', 'Dwellings with a toilet', 'مساكن بها مرحاض', 'higher_is_better'],
      ['amenities.bathroom', 'Logements avec salle d’eau', 'Dwellings with a bathroom', 'مساكن بها حمام', 'higher_is_better'],
      ['amenities.electricity', 'Logements raccordés à l’électricité', 'Dwellings with electricity', 'مساكن مرتبطة بالكهرباء', 'higher_is_better'],
      ['amenities.runningWater', 'Logements raccordés à l’eau courante', 'Dwellings with running water', 'مساكن مرتبطة بالماء الشروب', 'higher_is_better'],
    ],
  },
  wastewater: {
    theme: 'amenities',
    definition: withSample({
      fr: 'Mode d’évacuation des eaux usées du logement.',
      en: 'How the dwelling’s wastewater is disposed of.',
      ar: 'طريقة صرف المياه العادمة للمسكن.',
    }),
    items: [
      ['wastewater.publicSewer', 'Raccordés au réseau public d’assainissement', 'Connected to the public sewer', 'مرتبطة بشبكة التطهير العمومية', 'higher_is_better'],
      ['wastewater.septicTank', 'Fosse septique', 'Septic tank', 'حفرة صحية'],
      ['wastewater.other', 'Autre évacuation des eaux usées', 'Other wastewater disposal', 'طريقة صرف أخرى'],
    ],
  },
  householdWaste: {
    theme: 'amenities',
    definition: withSample({
      fr: 'Mode d’évacuation des déchets ménagers.',
      en: 'How household waste is disposed of.',
      ar: 'طريقة التخلص من النفايات المنزلية.',
    }),
    items: [
      ['householdWaste.municipalBin', 'Bac à ordures de la commune', 'Commune waste bin', 'حاوية الجماعة'],
      ['householdWaste.truck', 'Camion de collecte (communal ou privé)', 'Collection truck (commune or private)', 'شاحنة الجمع (جماعية أو خاصة)'],
      ['householdWaste.inTheOpen', 'Déchets jetés dans la nature', 'Waste dumped in the open', 'النفايات في الطبيعة', 'higher_is_worse'],
      ['householdWaste.other', 'Autre évacuation des déchets', 'Other waste disposal', 'طريقة أخرى للتخلص من النفايات'],
    ],
  },
  cookingFuel: {
    theme: 'amenities',
    definition: withSample({
      fr: 'Combustible principal utilisé pour la cuisson.',
      en: 'Main fuel used for cooking.',
      ar: 'الوقود الرئيسي المستعمل في الطهي.',
    }),
    items: [
      ['cookingFuel.gas', 'Cuisson au gaz', 'Cook with gas', 'الطهي بالغاز'],
      ['cookingFuel.electricity', 'Cuisson à l’électricité', 'Cook with electricity', 'الطهي بالكهرباء'],
      ['cookingFuel.charcoal', 'Cuisson au charbon', 'Cook with charcoal', 'الطهي بالفحم'],
      ['cookingFuel.firewood', 'Cuisson au bois', 'Cook with firewood', 'الطهي بالحطب'],
      ['cookingFuel.other', 'Autre combustible de cuisson', 'Other cooking fuel', 'وقود آخر للطهي'],
    ],
  },
};

/** Commune counts that add up exactly to parent figures. */
export const SUMMABLE_UNITS = new Set(['people', 'households']);

/**
 * Rates recomputed exactly for parents from counts we hold: numerator and denominator both
 * published per commune. Formulas are over indicator ids (percent results × 100).
 */
export const RATIO_RULES: Record<string, { numerator: string[]; denominator: string; scale: number; subtract?: boolean; formula: string }> = {
  labour_activity_rate: {
    numerator: ['labour_active'], denominator: 'labour_population_15_plus', scale: 100,
    formula: '100 × labour_active / labour_population_15_plus',
  },
  labour_unemployment_rate: {
    numerator: ['labour_active', 'labour_employed'], denominator: 'labour_active', scale: 100, subtract: true,
    formula: '100 × (labour_active − labour_employed) / labour_active',
  },
  illiteracy_rate_10_plus: {
    numerator: ['illiteracy_population_10_plus', 'languages_read_and_written_literate_population_10_plus'],
    denominator: 'illiteracy_population_10_plus', scale: 100, subtract: true,
    formula: '100 × (illiteracy_population_10_plus − languages_read_and_written_literate_population_10_plus) / illiteracy_population_10_plus',
  },
  households_average_size: {
    numerator: ['households_municipal_population'], denominator: 'households_count', scale: 1,
    formula: 'households_municipal_population / households_count',
  },
};
