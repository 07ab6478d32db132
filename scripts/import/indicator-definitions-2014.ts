// The observatory's words for the fields HCP publishes in its 2014 records of Morocco, the
// region and its provinces that no 2024 field is paired with (fields-2014.json pairs only the
// 73 commune fields). Each gets an indicator of its own, for 2014 only. Where its path is also
// a 2024 path the pairing is not documented, so it is not assumed: the id then ends in `_2014`
// and the label says "2014 definition". Units: `people` for the bases, `percent` otherwise.

import type { TopicDefinition } from './indicator-definitions.ts';

const shareOf = (fr: string, en: string, ar: string) => ({
  fr: `Répartition en pourcentage ${fr} (RGPH 2014).`,
  en: `Percentage breakdown ${en} (RGPH 2014).`,
  ar: `التوزيع بالنسبة المئوية ${ar} (إحصاء 2014).`,
});

export const COUNT_PATHS_2014 = new Set(['labour.inactive', 'commute.employed', 'study.students', 'profession.employed', 'diploma.population10Plus']);

export const TOPICS_2014: Record<string, TopicDefinition> = {
  maritalStatus: {
    theme: 'family',
    definition: shareOf('des personnes de 15 ans et plus selon l’état matrimonial', 'of people aged 15 and over by marital status', 'للأشخاص البالغين 15 سنة فأكثر حسب الحالة الزواجية'),
    items: [
      ['maritalStatus.single', 'Célibataires (définition 2014)', 'Never married (2014 definition)', 'العزاب (تعريف 2014)'],
      ['maritalStatus.married', 'Marié·es (définition 2014)', 'Married (2014 definition)', 'المتزوجون (تعريف 2014)'],
      ['maritalStatus.divorced', 'Divorcé·es (définition 2014)', 'Divorced (2014 definition)', 'المطلقون (تعريف 2014)'],
      ['maritalStatus.widowed', 'Veufs et veuves (définition 2014)', 'Widowed (2014 definition)', 'الأرامل (تعريف 2014)'],
    ],
  },
  schooling: {
    theme: 'education',
    definition: { fr: 'Part des enfants de 7 à 12 ans scolarisés (RGPH 2014).', en: 'Share of children aged 7 to 12 enrolled in school (RGPH 2014).', ar: 'نسبة الأطفال البالغين من 7 إلى 12 سنة المتمدرسين (إحصاء 2014).' },
    items: [['schooling.rate7to12', 'Taux de scolarisation des 7–12 ans', 'Schooling rate, ages 7–12', 'معدل تمدرس الأطفال 7–12 سنة', 'higher_is_better']],
  },
  languageCombinations: {
    theme: 'languages',
    definition: shareOf('des personnes alphabétisées selon les langues qu’elles lisent et écrivent', 'of literate people by the languages they read and write', 'للأشخاص المتعلمين حسب اللغات التي يقرؤونها ويكتبونها'),
    items: [
      ['languageCombinations.arabicOnly', 'Lisent et écrivent l’arabe seulement', 'Read and write Arabic only', 'يقرؤون ويكتبون العربية فقط'],
      ['languageCombinations.arabicAndFrench', 'Lisent et écrivent l’arabe et le français', 'Read and write Arabic and French', 'يقرؤون ويكتبون العربية والفرنسية'],
      ['languageCombinations.arabicFrenchEnglish', 'Lisent et écrivent l’arabe, le français et l’anglais', 'Read and write Arabic, French and English', 'يقرؤون ويكتبون العربية والفرنسية والإنجليزية'],
      ['languageCombinations.other', 'Autres combinaisons de langues', 'Other combinations of languages', 'تركيبات لغوية أخرى'],
    ],
  },
  labour: {
    theme: 'labour',
    definition: { fr: 'Population inactive : personnes qui ne travaillent pas et ne cherchent pas de travail (RGPH 2014).', en: 'Inactive population: people neither working nor looking for work (RGPH 2014).', ar: 'السكان غير النشيطين: الأشخاص الذين لا يعملون ولا يبحثون عن عمل (إحصاء 2014).' },
    items: [['labour.inactive', 'Population inactive (définition 2014)', 'Inactive population (2014 definition)', 'السكان غير النشيطين (تعريف 2014)']],
  },
  employmentStatus: {
    theme: 'labour',
    definition: shareOf('des actifs occupés selon la situation dans la profession', 'of employed people by employment status', 'للنشيطين المشتغلين حسب الوضعية في المهنة'),
    items: [
      ['employmentStatus.employer', 'Employeurs (définition 2014)', 'Employers (2014 definition)', 'المشغلون (تعريف 2014)'],
      ['employmentStatus.selfEmployed', 'Indépendants (définition 2014)', 'Self-employed (2014 definition)', 'المستقلون (تعريف 2014)'],
      ['employmentStatus.publicSector', 'Salariés du secteur public (définition 2014)', 'Public-sector employees (2014 definition)', 'أجراء القطاع العام (تعريف 2014)'],
      ['employmentStatus.privateSector', 'Salariés du secteur privé (définition 2014)', 'Private-sector employees (2014 definition)', 'أجراء القطاع الخاص (تعريف 2014)'],
      ['employmentStatus.familyWorker', 'Aides familiaux (définition 2014)', 'Family workers (2014 definition)', 'المساعدون العائليون (تعريف 2014)'],
      ['employmentStatus.apprentice', 'Apprentis (définition 2014)', 'Apprentices (2014 definition)', 'المتدربون (تعريف 2014)'],
      ['employmentStatus.cooperativeMember', 'Membres de coopératives (définition 2014)', 'Cooperative members (2014 definition)', 'أعضاء التعاونيات (تعريف 2014)'],
      ['employmentStatus.other', 'Autre situation (définition 2014)', 'Other status (2014 definition)', 'وضعية أخرى (تعريف 2014)'],
    ],
  },
  commute: {
    theme: 'commuting',
    definition: shareOf('des actifs occupés selon le moyen de transport vers le lieu de travail', 'of employed people by the way they get to work', 'للنشيطين المشتغلين حسب وسيلة التنقل إلى مكان العمل'),
    items: [
      ['commute.employed', 'Actifs occupés (trajets domicile–travail, définition 2014)', 'Employed people (commuting, 2014 definition)', 'النشيطون المشتغلون (التنقل، تعريف 2014)'],
      ['commute.other', 'Autre moyen de transport (définition 2014)', 'Other way of getting to work (2014 definition)', 'وسيلة نقل أخرى (تعريف 2014)'],
      ['commute.worksAtHome', 'Travaillent à domicile (pas de trajet)', 'Work at home (no journey)', 'يعملون في المنزل (دون تنقل)'],
      ['commute.undetermined', 'Moyen de transport non déterminé', 'Way of getting to work not determined', 'وسيلة التنقل غير محددة'],
    ],
  },
  workplace: {
    theme: 'commuting',
    definition: shareOf('des actifs occupés selon le lieu de travail', 'of employed people by place of work', 'للنشيطين المشتغلين حسب مكان العمل'),
    items: [
      ['workplace.atHome', 'Travaillent à domicile', 'Work at home', 'يعملون في المنزل'],
      ['workplace.ownNeighbourhood', 'Travaillent dans leur quartier ou douar', 'Work in their own neighbourhood or village', 'يعملون في حيهم أو دوارهم'],
      ['workplace.otherNeighbourhood', 'Travaillent dans un autre quartier ou douar de la commune', 'Work in another neighbourhood or village of the commune', 'يعملون في حي أو دوار آخر من الجماعة'],
      ['workplace.otherCommune', 'Travaillent dans une autre commune de la province', 'Work in another commune of the province', 'يعملون في جماعة أخرى من الإقليم'],
      ['workplace.otherProvince', 'Travaillent dans une autre province', 'Work in another province', 'يعملون في إقليم آخر'],
      ['workplace.noFixedPlace', 'Sans lieu de travail fixe', 'No fixed place of work', 'دون مكان عمل قار'],
      ['workplace.elsewhere', 'Travaillent ailleurs (autre lieu)', 'Work elsewhere', 'يعملون في مكان آخر'],
      ['workplace.undetermined', 'Lieu de travail non déterminé', 'Place of work not determined', 'مكان العمل غير محدد'],
    ],
  },
  study: {
    theme: 'education',
    definition: shareOf('des élèves et étudiants selon le lieu d’études', 'of pupils and students by place of study', 'للتلاميذ والطلبة حسب مكان الدراسة'),
    items: [
      ['study.students', 'Élèves et étudiants', 'Pupils and students', 'التلاميذ والطلبة'],
      ['study.ownNeighbourhood', 'Étudient dans leur quartier ou douar', 'Study in their own neighbourhood or village', 'يدرسون في حيهم أو دوارهم'],
      ['study.otherNeighbourhood', 'Étudient dans un autre quartier ou douar de la commune', 'Study in another neighbourhood or village of the commune', 'يدرسون في حي أو دوار آخر من الجماعة'],
      ['study.otherCommune', 'Étudient dans une autre commune de la province', 'Study in another commune of the province', 'يدرسون في جماعة أخرى من الإقليم'],
      ['study.otherProvince', 'Étudient dans une autre province', 'Study in another province', 'يدرسون في إقليم آخر'],
      ['study.elsewhere', 'Étudient ailleurs (autre lieu)', 'Study elsewhere', 'يدرسون في مكان آخر'],
      ['study.undetermined', 'Lieu d’études non déterminé', 'Place of study not determined', 'مكان الدراسة غير محدد'],
    ],
  },
  studyCommute: {
    theme: 'commuting',
    definition: shareOf('des élèves et étudiants selon le moyen de transport vers le lieu d’études', 'of pupils and students by the way they get to their place of study', 'للتلاميذ والطلبة حسب وسيلة التنقل إلى مكان الدراسة'),
    items: [
      ['studyCommute.walking', 'Vont étudier à pied', 'Walk to their place of study', 'يذهبون إلى الدراسة مشياً'],
      ['studyCommute.bikeOrMotorcycle', 'Vont étudier à vélo ou moto', 'Cycle or ride a motorbike to study', 'يذهبون إلى الدراسة بالدراجة أو الدراجة النارية'],
      ['studyCommute.privateCar', 'Vont étudier en voiture particulière', 'Go to study by private car', 'يذهبون إلى الدراسة بسيارة خاصة'],
      ['studyCommute.bus', 'Vont étudier en bus', 'Take the bus to study', 'يذهبون إلى الدراسة بالحافلة'],
      ['studyCommute.taxi', 'Vont étudier en taxi', 'Take a taxi to study', 'يذهبون إلى الدراسة بسيارة الأجرة'],
      ['studyCommute.schoolTransport', 'Transport scolaire', 'School transport', 'النقل المدرسي'],
      ['studyCommute.train', 'Vont étudier en train', 'Take the train to study', 'يذهبون إلى الدراسة بالقطار'],
      ['studyCommute.tram', 'Vont étudier en tramway', 'Take the tram to study', 'يذهبون إلى الدراسة بالترامواي'],
      ['studyCommute.other', 'Autre moyen de transport vers les études', 'Other way of getting to study', 'وسيلة أخرى للتنقل إلى الدراسة'],
      ['studyCommute.undetermined', 'Moyen de transport vers les études non déterminé', 'Way of getting to study not determined', 'وسيلة التنقل إلى الدراسة غير محددة'],
    ],
  },
  profession: {
    theme: 'labour',
    definition: shareOf('des actifs occupés selon le grand groupe de profession', 'of employed people by major occupational group', 'للنشيطين المشتغلين حسب المجموعة الكبرى للمهن'),
    items: [
      ['profession.employed', 'Actifs occupés (professions)', 'Employed people (occupations)', 'النشيطون المشتغلون (المهن)'],
      ['profession.managersAndProfessionals', 'Cadres et professions intellectuelles', 'Managers and professionals', 'الأطر والمهن الفكرية'],
      ['profession.technicians', 'Techniciens et professions intermédiaires', 'Technicians and associate professionals', 'التقنيون والمهن الوسطى'],
      ['profession.clerks', 'Employés', 'Clerks and service workers', 'المستخدمون'],
      ['profession.traders', 'Commerçants', 'Traders', 'التجار'],
      ['profession.farmers', 'Exploitants agricoles, pêcheurs, forestiers', 'Farmers, fishers and foresters', 'المستغلون الفلاحيون والصيادون والغابويون'],
      ['profession.artisans', 'Artisans et ouvriers qualifiés', 'Craft and skilled workers', 'الحرفيون والعمال المؤهلون'],
      ['profession.farmLabourers', 'Ouvriers et manœuvres agricoles et de la pêche', 'Farm and fishery labourers', 'العمال واليد العاملة في الفلاحة والصيد'],
      ['profession.machineOperators', 'Conducteurs d’installations et de machines', 'Plant and machine operators', 'سائقو التجهيزات والآلات'],
      ['profession.labourers', 'Manœuvres non agricoles et petits métiers', 'Non-farm labourers and odd jobs', 'اليد العاملة غير الفلاحية والمهن الصغرى'],
      ['profession.unclassified', 'Profession non classée', 'Occupation not classified', 'مهنة غير مصنفة'],
    ],
  },
  workSector: {
    theme: 'labour',
    definition: shareOf('des actifs occupés selon le secteur d’activité', 'of employed people by sector of activity', 'للنشيطين المشتغلين حسب قطاع النشاط'),
    items: [
      ['workSector.agriculture', 'Agriculture, forêt et pêche', 'Agriculture, forestry and fishing', 'الفلاحة والغابة والصيد'],
      ['workSector.industry', 'Industrie', 'Industry', 'الصناعة'],
      ['workSector.utilities', 'Eau, électricité et gaz', 'Water, electricity and gas', 'الماء والكهرباء والغاز'],
      ['workSector.construction', 'Bâtiment et travaux publics', 'Construction', 'البناء والأشغال العمومية'],
      ['workSector.commerce', 'Commerce', 'Trade', 'التجارة'],
      ['workSector.transport', 'Transports et communications', 'Transport and communications', 'النقل والمواصلات'],
      ['workSector.marketServices', 'Services marchands', 'Market services', 'الخدمات التجارية'],
      ['workSector.publicServices', 'Services publics et sociaux', 'Public and social services', 'الخدمات العمومية والاجتماعية'],
      ['workSector.other', 'Autre secteur', 'Other sector', 'قطاع آخر'],
    ],
  },
  diploma: {
    theme: 'education',
    definition: shareOf('des personnes de 10 ans et plus selon le diplôme le plus élevé', 'of people aged 10 and over by highest diploma', 'للأشخاص البالغين 10 سنوات فأكثر حسب أعلى شهادة'),
    items: [
      ['diploma.population10Plus', 'Population de 10 ans et plus (diplômes)', 'Population aged 10 and over (diplomas)', 'السكان البالغون 10 سنوات فأكثر (الشهادات)'],
      ['diploma.none', 'Sans diplôme', 'No diploma', 'بدون شهادة'],
      ['diploma.primary', 'Diplôme du primaire', 'Primary school diploma', 'شهادة التعليم الابتدائي'],
      ['diploma.lowerSecondary', 'Diplôme du secondaire collégial', 'Lower secondary diploma', 'شهادة التعليم الثانوي الإعدادي'],
      ['diploma.upperSecondary', 'Baccalauréat (secondaire qualifiant)', 'Upper secondary diploma (baccalaureate)', 'شهادة الباكالوريا (الثانوي التأهيلي)'],
      ['diploma.bachelor', 'Licence ou diplôme équivalent', 'Bachelor’s degree or equivalent', 'الإجازة أو ما يعادلها'],
      ['diploma.masterOrDoctorate', 'Master ou doctorat', 'Master’s degree or doctorate', 'الماستر أو الدكتوراه'],
      ['diploma.undeclared', 'Diplôme non déclaré', 'Diploma not declared', 'شهادة غير مصرح بها'],
    ],
  },
  vocationalDiploma: {
    theme: 'education',
    definition: shareOf('des personnes de 10 ans et plus selon le diplôme de formation professionnelle', 'of people aged 10 and over by vocational diploma', 'للأشخاص البالغين 10 سنوات فأكثر حسب شهادة التكوين المهني'),
    items: [
      ['vocationalDiploma.none', 'Sans diplôme professionnel', 'No vocational diploma', 'بدون شهادة مهنية'],
      ['vocationalDiploma.initiation', 'Initiation professionnelle', 'Vocational initiation', 'التأهيل المهني الأولي'],
      ['vocationalDiploma.qualification', 'Qualification professionnelle', 'Vocational qualification', 'التأهيل المهني'],
      ['vocationalDiploma.specialisation', 'Spécialisation professionnelle', 'Vocational specialisation', 'التخصص المهني'],
      ['vocationalDiploma.technician', 'Technicien', 'Technician', 'تقني'],
      ['vocationalDiploma.specialisedTechnician', 'Technicien spécialisé', 'Specialised technician', 'تقني متخصص'],
      ['vocationalDiploma.undeclared', 'Diplôme professionnel non déclaré', 'Vocational diploma not declared', 'شهادة مهنية غير مصرح بها'],
    ],
  },
  householdWaste: {
    theme: 'amenities',
    definition: shareOf('des ménages selon le mode d’évacuation des déchets', 'of households by how household waste is disposed of', 'للأسر حسب طريقة التخلص من النفايات'),
    items: [['householdWaste.otherOrOpen', 'Déchets : autre mode, air libre compris', 'Waste: other means, in the open included', 'النفايات: طريقة أخرى، بما فيها العراء']],
  },
  cookingFuel: {
    theme: 'amenities',
    definition: {
      fr: 'Part des ménages utilisant chaque source d’énergie pour la cuisson (RGPH 2014) ; un ménage peut en utiliser plusieurs.',
      en: 'Share of households using each source of energy for cooking (RGPH 2014); a household may use several.',
      ar: 'نسبة الأسر التي تستعمل كل مصدر للطاقة في الطهي (إحصاء 2014)؛ قد تستعمل الأسرة أكثر من مصدر.',
    },
    items: [
      ['cookingFuel.gas', 'Cuisinent au gaz (définition 2014)', 'Cook with gas (2014 definition)', 'يطهون بالغاز (تعريف 2014)'],
      ['cookingFuel.electricity', 'Cuisinent à l’électricité (définition 2014)', 'Cook with electricity (2014 definition)', 'يطهون بالكهرباء (تعريف 2014)'],
      ['cookingFuel.charcoal', 'Cuisinent au charbon (définition 2014)', 'Cook with charcoal (2014 definition)', 'يطهون بالفحم (تعريف 2014)'],
      ['cookingFuel.firewood', 'Cuisinent au bois (définition 2014)', 'Cook with firewood (2014 definition)', 'يطهون بالحطب (تعريف 2014)'],
      ['cookingFuel.animalWaste', 'Cuisinent aux déchets animaux', 'Cook with animal waste', 'يطهون بالفضلات الحيوانية'],
    ],
  },
  equipment: {
    theme: 'amenities',
    definition: { fr: 'Part des ménages disposant de chaque équipement (RGPH 2014).', en: 'Share of households that have each item (RGPH 2014).', ar: 'نسبة الأسر التي تتوفر على كل تجهيز (إحصاء 2014).' },
    items: [
      ['equipment.television', 'Ménages avec télévision', 'Households with a television', 'أسر تتوفر على تلفاز'],
      ['equipment.radio', 'Ménages avec radio', 'Households with a radio', 'أسر تتوفر على مذياع'],
      ['equipment.mobilePhone', 'Ménages avec téléphone portable', 'Households with a mobile phone', 'أسر تتوفر على هاتف محمول'],
      ['equipment.landline', 'Ménages avec téléphone fixe', 'Households with a landline', 'أسر تتوفر على هاتف ثابت'],
      ['equipment.internet', 'Ménages avec accès à Internet', 'Households with internet access', 'أسر تتوفر على الإنترنت'],
      ['equipment.computer', 'Ménages avec ordinateur', 'Households with a computer', 'أسر تتوفر على حاسوب'],
      ['equipment.satelliteDish', 'Ménages avec antenne parabolique', 'Households with a satellite dish', 'أسر تتوفر على صحن هوائي'],
      ['equipment.refrigerator', 'Ménages avec réfrigérateur', 'Households with a refrigerator', 'أسر تتوفر على ثلاجة'],
    ],
  },
};
