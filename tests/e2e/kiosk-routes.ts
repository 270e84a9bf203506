/** Every view a visitor can reach on the kiosk, in both languages where the layout differs (kiosk e2e tests). */
export const KIOSK_ROUTES = [
	'/kiosk/home/',
	'/timeline/',
	'/map/',
	'/figures/',
	'/figures/zhao-yiman/',
	'/figures/compare/?a=zhao-yiman&b=jiang-zhujun',
	'/events/marriage-law-1950/',
	'/eras/revolution/',
	'/tours/',
	'/tours/two-lives/',
	'/about/',
	'/about/sources/',
	'/about/sources/news/',
	'/quiz/?era=revolution&seed=3',
	'/glossary/',
	'/en/kiosk/home/',
	'/en/figures/jiang-zhujun/',
	'/en/map/'
];
