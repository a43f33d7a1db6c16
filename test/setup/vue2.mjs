// Setup for the Vue 2.7 and 2.6 projects: drop the development-mode and devtools banners Vue 2
// prints when it loads (warnings from components are untouched).
import Vue from 'vue'

Vue.config.productionTip = false
Vue.config.devtools = false
