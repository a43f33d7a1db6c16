// A Vue 3 host with Pinia, as the README's "Pinia" section shows it.
import { createApp } from 'vue'
import { createPinia } from 'pinia'
import 'kefu-kit/style.css'
import App from './App.vue'

createApp(App).use(createPinia()).mount('#app')
