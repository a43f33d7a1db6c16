// A Vue 3 host, as the README's "Vue 3" section shows it: main + App.vue, built with @vitejs/plugin-vue.
import { createApp } from 'vue'
import 'kefu-kit/style.css'
import App from './App.vue'

createApp(App).mount('#app')
