// A Vue 2.7 host, as the README's "Vue 2.7" section shows it: main + App.vue, built with @vitejs/plugin-vue2.
import Vue from 'vue'
import 'kefu-kit/style.css'
import App from './App.vue'

new Vue({ render: (h) => h(App) }).$mount('#app')
